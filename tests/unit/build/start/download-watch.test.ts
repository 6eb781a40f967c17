import { describe, expect, it } from 'vitest'
import {
  observeDownload,
  startWatch,
  type DownloadState,
  type DownloadTimeout,
} from '../../../../build/start/download-watch'

const LIMITS = { firstByteMs: 30_000, stallMs: 30_000 }

/** Feeds (seconds, bytes, extracting) observations one by one; returns the last state and the first timeout. */
function replay(
  observations: ReadonlyArray<[seconds: number, bytes: number, extracting?: boolean]>,
) {
  let state: DownloadState = startWatch(0)
  for (const [seconds, bytes, extracting = false] of observations) {
    const next = observeDownload(state, { now: seconds * 1000, bytes, extracting }, LIMITS)
    state = next.state
    if (next.timeout) return { state, timeout: next.timeout, at: seconds }
  }
  return { state, timeout: null as DownloadTimeout | null, at: null }
}

describe('download watch', () => {
  it('no byte at all: stops at the first-byte deadline, well before a minute', () => {
    const seconds = Array.from({ length: 40 }, (_, index): [number, number] => [index + 1, 0])
    expect(replay(seconds)).toMatchObject({
      timeout: { kind: 'no-first-byte', afterMs: 30_000 },
      at: 30,
    })
  })

  it('a download that keeps growing is never stopped, even at 20 kB a second for ten minutes', () => {
    const seconds = Array.from({ length: 600 }, (_, index): [number, number] => [
      index + 1,
      (index + 1) * 20_000,
    ])
    expect(replay(seconds)).toMatchObject({
      timeout: null,
      state: { phase: 'downloading', bytes: 12_000_000 },
    })
  })

  it('a download whose bytes stop: stopped after the stall limit, counted from the last new byte', () => {
    const growing = Array.from({ length: 10 }, (_, index): [number, number] => [
      index + 1,
      (index + 1) * 1000,
    ])
    const stuck = Array.from({ length: 40 }, (_, index): [number, number] => [index + 11, 10_000])
    expect(replay([...growing, ...stuck])).toMatchObject({
      timeout: { kind: 'stalled', afterMs: 30_000 },
      at: 40,
    })
  })

  it('a slow first byte within the deadline is a normal start', () => {
    expect(
      replay([
        [10, 0],
        [29, 0],
        [29.5, 4096],
        [55, 90_000],
      ]),
    ).toMatchObject({ timeout: null, state: { phase: 'downloading' } })
  })

  it('once the zip has left the temporary folder (checked, unzipping), no limit applies', () => {
    const unzipping = Array.from({ length: 120 }, (_, index): [number, number, boolean] => [
      index + 6,
      0,
      true,
    ])
    expect(replay([[1, 500], [5, 100_000_000], ...unzipping])).toMatchObject({
      timeout: null,
      state: { phase: 'finishing', bytes: 100_000_000 },
    })
  })

  it('straight to unzipping (the zip was in the cache): no first-byte deadline', () => {
    const unzipping = Array.from({ length: 60 }, (_, index): [number, number, boolean] => [
      index + 1,
      0,
      true,
    ])
    expect(replay(unzipping)).toMatchObject({
      timeout: null,
      state: { phase: 'finishing', bytes: 0 },
    })
  })
})
