import { describe, expect, it } from 'vitest'
import { createSerialQueue } from '../../../../electron/main/library/serial-queue'

describe('serial queue', () => {
  it('never runs two tasks at once, keeps their order, and goes on after a failure', async () => {
    const queue = createSerialQueue()
    const log: string[] = []
    let running = 0
    const task = (name: string, fail = false) => async () => {
      running += 1
      expect(running).toBe(1)
      log.push(`start ${name}`)
      await new Promise((resolve) => setImmediate(resolve))
      log.push(`end ${name}`)
      running -= 1
      if (fail) throw new Error(name)
      return name
    }
    const results = await Promise.allSettled([queue(task('a')), queue(task('b', true)), queue(task('c'))])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })
})
