/**
 * Where the reader was on each page of the session, so Back and Forward (Alt+←/→, the header's
 * buttons, the browser's, the desktop menu's) return to that place and a new page starts at its top.
 *
 * Routes live in the hash: a link makes a new history entry whose `history.state` is null, and
 * Back/Forward return to an entry with the state it had. So each entry is stamped with a key (and
 * its depth in the app, for "can Back stay in the app?") the first time the app sees it, and the
 * scroll position is remembered per key.
 */

/** What each history entry of the app carries in `history.state`. */
export interface EntryStamp {
  navKey: string
  /** 0 for the entry the app was opened on, one more for each page opened from there. */
  navIndex: number
}

/** The browser's history as far as this module needs it; the window's in the app, a fake in tests. */
export interface HistoryPort {
  state(): unknown
  replaceState(state: unknown): void
}

export type Arrival = { kind: 'new' } | { kind: 'return'; y: number | null }

export function readStamp(state: unknown): EntryStamp | null {
  if (typeof state !== 'object' || state === null) return null
  const { navKey, navIndex } = state as Partial<EntryStamp>
  return typeof navKey === 'string' && typeof navIndex === 'number' ? { navKey, navIndex } : null
}

export class ScrollMemory {
  private readonly positions = new Map<string, number>()
  private current: EntryStamp
  private counter = 0

  constructor(
    private readonly history: HistoryPort,
    private readonly makeKey: (counter: number) => string,
    /** Places kept from before a reload of the same tab. */
    saved: Iterable<readonly [string, number]> = [],
  ) {
    for (const [key, y] of saved) this.positions.set(key, y)
    this.current = readStamp(history.state()) ?? this.stamp(0)
  }

  /** The place of the entry on screen when the app starts: known after a reload, null on a first visit. */
  startingPlace(): number | null {
    return this.positions.get(this.current.navKey) ?? null
  }

  /** The places worth keeping over a reload, the most recent last. */
  places(limit = 200): [string, number][] {
    return [...this.positions].slice(-limit)
  }

  /** The entry on screen is at `y` (called on scroll, and just before leaving it). */
  remember(y: number): void {
    // Deleted first so the map's order stays "most recently read last" for places().
    this.positions.delete(this.current.navKey)
    this.positions.set(this.current.navKey, Math.max(0, Math.round(y)))
  }

  /**
   * The address changed. An entry the app has stamped is one the reader returns to (Back,
   * Forward): its remembered place, if any. An unstamped one is a new page: stamped one deeper
   * than the page it was opened from, and shown from its top.
   */
  arrive(): Arrival {
    const stamp = readStamp(this.history.state())
    if (stamp) {
      this.current = stamp
      return { kind: 'return', y: this.positions.get(stamp.navKey) ?? null }
    }
    this.current = this.stamp(this.current.navIndex + 1)
    return { kind: 'new' }
  }

  /** Whether Back stays in the app: false on the page the app was opened on (a shared link, a new tab). */
  canGoBack(): boolean {
    return (readStamp(this.history.state())?.navIndex ?? 0) > 0
  }

  private stamp(navIndex: number): EntryStamp {
    this.counter += 1
    const stamp = { navKey: this.makeKey(this.counter), navIndex }
    const state = this.history.state()
    this.history.replaceState({ ...(typeof state === 'object' && state !== null ? state : {}), ...stamp })
    return stamp
  }
}

/** What the page looks like on one animation frame while a remembered place is being restored. */
export interface PageNow {
  /** No part of the page is still loading its data, nor the page its fonts. */
  settled: boolean
  scrollY: number
  /** How far the page can scroll now. */
  maxScrollY: number
}

export interface RestoreProgress {
  frames: number
  /** Frames in a row on which the page was settled and at the place. */
  steadyFrames: number
  /** Frames in a row on which the page was settled but too short to reach the place. */
  shortFrames: number
}

export const START_RESTORE: RestoreProgress = { frames: 0, steadyFrames: 0, shortFrames: 0 }

export const RESTORE = {
  /** Frames to let the returned-to page render before trusting "settled". */
  minFrames: 2,
  /** The place must hold this many frames in a row: late fonts or a second load can still move it. */
  steadyFrames: 3,
  /** A settled page still too short this many frames in a row (a narrower window, a shorter list) is as long as it gets. */
  shortFrames: 60,
  /** After this many frames (about 5 s) the page is taken as it is: as near the place as it allows. */
  maxFrames: 300,
} as const

export type RestoreStep = { action: 'wait' | 'scroll' | 'done'; y: number; progress: RestoreProgress }

/** One frame of restoring `target`: wait for the page, scroll to the place, or stop. */
export function restoreStep(target: number, page: PageNow, progress: RestoreProgress): RestoreStep {
  const frames = progress.frames + 1
  const reachable = Math.min(target, Math.max(0, page.maxScrollY))
  const settled = frames >= RESTORE.minFrames && page.settled
  const shortFrames = settled && page.maxScrollY < target ? progress.shortFrames + 1 : 0
  if (frames >= RESTORE.maxFrames || shortFrames >= RESTORE.shortFrames) {
    return { action: 'done', y: reachable, progress: { frames, steadyFrames: 0, shortFrames } }
  }
  if (!settled || shortFrames > 0) return { action: 'wait', y: target, progress: { frames, steadyFrames: 0, shortFrames } }
  if (Math.abs(page.scrollY - target) > 1) return { action: 'scroll', y: target, progress: { frames, steadyFrames: 0, shortFrames } }
  const steadyFrames = progress.steadyFrames + 1
  return { action: steadyFrames >= RESTORE.steadyFrames ? 'done' : 'wait', y: target, progress: { frames, steadyFrames, shortFrames } }
}
