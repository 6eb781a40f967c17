import { describe, expect, it } from 'vitest'
import {
  RESTORE,
  restoreStep,
  ScrollMemory,
  START_RESTORE,
  type HistoryPort,
  type PageNow,
  type RestoreProgress,
} from '../../../../renderer/src/routing/scroll-memory'

/** A history like the browser's for hash links: a link pushes an entry whose state is null. */
class FakeHistory implements HistoryPort {
  entries: unknown[] = [null]
  index = 0
  state(): unknown {
    return this.entries[this.index]
  }
  replaceState(state: unknown): void {
    this.entries[this.index] = state
  }
  follow(): void {
    this.entries = [...this.entries.slice(0, this.index + 1), null]
    this.index += 1
  }
  back(): void {
    this.index -= 1
  }
  forward(): void {
    this.index += 1
  }
}

const memoryOver = (history: FakeHistory, saved: [string, number][] = []) => new ScrollMemory(history, (counter) => `k${counter}`, saved)

describe('remembering where the reader was on each page', () => {
  it('returns to the place of the page gone back to, and starts each new page at its top', () => {
    const history = new FakeHistory()
    const places = memoryOver(history)
    places.remember(1409)
    history.follow()
    expect(places.arrive()).toEqual({ kind: 'new' })
    places.remember(300)
    history.back()
    expect(places.arrive()).toEqual({ kind: 'return', y: 1409 })
    history.forward()
    expect(places.arrive()).toEqual({ kind: 'return', y: 300 })
  })

  it('keeps a place per history entry, not per address: the same entry opened twice has two places', () => {
    const history = new FakeHistory()
    const places = memoryOver(history)
    places.remember(100)
    history.follow()
    places.arrive()
    places.remember(200)
    history.follow()
    places.arrive()
    places.remember(900)
    history.back()
    expect(places.arrive()).toEqual({ kind: 'return', y: 200 })
    history.back()
    expect(places.arrive()).toEqual({ kind: 'return', y: 100 })
  })

  it('forgets the pages ahead once a new page is opened from an earlier one', () => {
    const history = new FakeHistory()
    const places = memoryOver(history)
    history.follow()
    places.arrive()
    places.remember(700)
    history.back()
    places.arrive()
    history.follow()
    expect(places.arrive()).toEqual({ kind: 'new' })
    expect(history.entries).toHaveLength(2)
  })

  it('says whether Back stays in the app: not on the page the app was opened on', () => {
    const history = new FakeHistory()
    const places = memoryOver(history)
    expect(places.canGoBack()).toBe(false)
    history.follow()
    places.arrive()
    expect(places.canGoBack()).toBe(true)
    history.back()
    places.arrive()
    expect(places.canGoBack()).toBe(false)
  })

  it('keeps what other code put in the history state', () => {
    const history = new FakeHistory()
    history.entries = [{ other: 1 }]
    memoryOver(history)
    expect(history.entries[0]).toEqual({ other: 1, navKey: 'k1', navIndex: 0 })
  })

  it('finds the places of a tab again after a reload, the stamps being kept in the history', () => {
    const history = new FakeHistory()
    const before = memoryOver(history)
    before.remember(640)
    const after = memoryOver(history, before.places())
    expect(after.startingPlace()).toBe(640)
  })
})

/** Runs the restore loop frame by frame over what `page` says at each frame; returns the scrolls made. */
function run(target: number, page: (frame: number, scrollY: number) => Omit<PageNow, 'scrollY'>): { scrolls: number[]; frames: number } {
  let progress: RestoreProgress = START_RESTORE
  let scrollY = 0
  const scrolls: number[] = []
  for (let frame = 1; frame <= RESTORE.maxFrames + 1; frame += 1) {
    const step = restoreStep(target, { ...page(frame, scrollY), scrollY }, progress)
    progress = step.progress
    if (step.action !== 'wait' && step.y !== scrollY) {
      scrolls.push(step.y)
      scrollY = step.y
    }
    if (step.action === 'done') return { scrolls, frames: frame }
  }
  throw new Error('never stopped')
}

describe('restoring a place once the page has loaded', () => {
  it('waits while the page is loading and too short, then scrolls once and stops when the place holds', () => {
    const { scrolls, frames } = run(2132, (frame) => (frame < 10 ? { settled: false, maxScrollY: 0 } : { settled: true, maxScrollY: 5000 }))
    expect(scrolls).toEqual([2132])
    expect(frames).toBeLessThan(20)
  })

  it('does not trust a page that says "settled" on its first frame (the route has not rendered yet)', () => {
    const { scrolls } = run(1409, () => ({ settled: true, maxScrollY: 5000 }))
    expect(scrolls[0]).toBe(1409)
    expect(run(1409, () => ({ settled: true, maxScrollY: 5000 })).frames).toBeGreaterThanOrEqual(RESTORE.minFrames + RESTORE.steadyFrames)
  })

  it('goes as far as a page that stays shorter than the place allows, soon after it settles', () => {
    const { scrolls, frames } = run(3000, () => ({ settled: true, maxScrollY: 1200 }))
    expect(scrolls).toEqual([1200])
    expect(frames).toBeLessThanOrEqual(RESTORE.minFrames + RESTORE.shortFrames)
  })

  it('gives up waiting on a page that never settles, at the nearest place it has', () => {
    const { scrolls, frames } = run(3000, () => ({ settled: false, maxScrollY: 800 }))
    expect(scrolls).toEqual([800])
    expect(frames).toBe(RESTORE.maxFrames)
  })

  it('puts the place back if the page moves it after the first scroll (a second load, late fonts)', () => {
    let moved = false
    let progress: RestoreProgress = START_RESTORE
    const actions: string[] = []
    for (let frame = 1; frame < 20; frame += 1) {
      const scrollY = frame === 4 ? 0 : moved ? 1409 : 0
      const step = restoreStep(1409, { settled: true, maxScrollY: 4000, scrollY }, progress)
      progress = step.progress
      actions.push(step.action)
      if (step.action === 'scroll') moved = true
      if (step.action === 'done') break
    }
    expect(actions.filter((action) => action === 'scroll')).toHaveLength(2)
    expect(actions.at(-1)).toBe('done')
  })
})
