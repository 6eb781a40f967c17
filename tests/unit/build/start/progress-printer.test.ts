import { describe, expect, it } from 'vitest'
import { formatMegabytes } from '../../../../build/start/messages'
import { createProgressPrinter } from '../../../../build/start/progress-printer'

function capture(isTTY: boolean) {
  const written: string[] = []
  let clock = 0
  const printer = createProgressPrinter(
    '45.4.1',
    { isTTY, write: (text) => written.push(text) },
    2000,
    () => clock,
  )
  return {
    written,
    printer,
    at: (ms: number) => {
      clock = ms
    },
  }
}

describe('download progress as the user sees it', () => {
  it('sizes in megabytes with a Vietnamese decimal comma', () => {
    expect(formatMegabytes(23_400_000)).toBe('23,4 MB')
    expect(formatMegabytes(0)).toBe('0,0 MB')
    expect(formatMegabytes(104_857_600)).toBe('104,9 MB')
  })

  it('on a terminal, one line grows in place', () => {
    const { written, printer } = capture(true)
    printer.show({ phase: 'waiting', bytes: 0 })
    printer.show({ phase: 'downloading', bytes: 1_200_000 })
    printer.show({ phase: 'downloading', bytes: 23_400_000 })
    printer.end()
    const screen = written.join('')
    expect(screen).toContain('\rĐang tải Electron 45.4.1: 1,2 MB...')
    expect(screen).toContain('\rĐang tải Electron 45.4.1: 23,4 MB...')
    // The two sizes share one line: no newline between them, one at the end.
    expect(screen.slice(screen.indexOf('1,2 MB'), screen.indexOf('23,4 MB'))).not.toContain('\n')
    expect(screen.endsWith('\n')).toBe(true)
  })

  it('in a log, a line per phase and at most one every 2 s while downloading', () => {
    const { written, printer, at } = capture(false)
    printer.show({ phase: 'waiting', bytes: 0 })
    at(500)
    printer.show({ phase: 'downloading', bytes: 100_000 })
    at(1500)
    printer.show({ phase: 'downloading', bytes: 900_000 })
    at(2600)
    printer.show({ phase: 'downloading', bytes: 5_000_000 })
    at(3000)
    printer.show({ phase: 'finishing', bytes: 5_000_000 })
    expect(written).toEqual([
      'Đang chạy trình cài của Electron 45.4.1...\n',
      'Đang tải Electron 45.4.1: 0,1 MB...\n',
      'Đang tải Electron 45.4.1: 5,0 MB...\n',
      'Đã tải 5,0 MB. Đang kiểm tra và giải nén Electron 45.4.1...\n',
    ])
  })
})
