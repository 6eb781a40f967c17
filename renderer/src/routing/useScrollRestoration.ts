import { useLayoutEffect } from 'react'
import { pendingLoads } from '../data/pending-loads'
import type { Route } from './routes'
import { readStamp, restoreStep, ScrollMemory, START_RESTORE, type Arrival } from './scroll-memory'

const STORAGE_KEY = 'apec.scroll-places'
/** Anything the reader does to move the page themselves ends a restore in progress. */
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const

let memory: ScrollMemory | undefined
/** The address the memory last took in, so each change is taken in once, by whoever sees it first. */
let seenHref = ''
let arrival: Arrival | null = null
let stopRestoring: (() => void) | null = null

function scrollMemory(): ScrollMemory {
  memory ??= new ScrollMemory(
    { state: () => window.history.state, replaceState: (state) => window.history.replaceState(state, '') },
    (counter) => `${Date.now().toString(36)}-${counter}`,
    readSavedPlaces(),
  )
  seenHref ||= window.location.href
  return memory
}

/**
 * The change of address not yet taken in, if any. Both the hashchange listener and the render of
 * the new route ask: which comes first depends on when React renders, and the answer must not.
 */
function takeArrival(): Arrival | null {
  if (window.location.href === seenHref) return null
  seenHref = window.location.href
  stopRestoring?.()
  return scrollMemory().arrive()
}

/** Whether Back returns to a page of the app, rather than leaving it (a shared link opened in a new tab). */
export function canGoBackInApp(): boolean {
  return scrollMemory().canGoBack()
}

/**
 * Puts each page back where the reader left it on Back and Forward, and starts each new page at
 * its top. Called once by the shell with the route on screen.
 */
export function useScrollRestoration(route: Route): void {
  useLayoutEffect(() => {
    // The browser's own restoring runs before the returned-to page has loaded, so it lands at 0.
    window.history.scrollRestoration = 'manual'
    const places = scrollMemory()
    // The place as of the last scroll event: by the time the address changes, the next page may
    // already be on screen, and reading scrollY then would read its place.
    const onScroll = () => places.remember(window.scrollY)
    const onHashChange = () => {
      arrival = takeArrival() ?? arrival
    }
    const onLeave = () => savePlacesForReload(places)
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('hashchange', onHashChange)
    window.addEventListener('pagehide', onLeave)
    const starting = places.startingPlace()
    if (starting !== null) restore(starting)
    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('hashchange', onHashChange)
      window.removeEventListener('pagehide', onLeave)
      stopRestoring?.()
    }
  }, [])

  // After the new route is on screen and before it paints: a new page from its top, no flash of the old place.
  useLayoutEffect(() => {
    const arrived = takeArrival() ?? arrival
    arrival = null
    if (arrived?.kind === 'new') scrollToY(0)
    if (arrived?.kind === 'return') restore(arrived.y ?? 0)
  }, [route])
}

/** Scrolls to `target` once the page has loaded enough to have it, frame by frame, until it holds. */
function restore(target: number): void {
  stopRestoring?.()
  if (target === 0) {
    scrollToY(0)
    return
  }
  let frame = 0
  let progress = START_RESTORE
  const stop = () => {
    window.cancelAnimationFrame(frame)
    for (const move of READER_MOVES) window.removeEventListener(move, stop, true)
    if (stopRestoring === stop) stopRestoring = null
  }
  const step = () => {
    const page = {
      // Text in a fallback font until the bundled fonts arrive is shorter: the place is not there yet.
      settled: pendingLoads() === 0 && document.querySelector('#main .loading') === null && document.fonts.status !== 'loading',
      scrollY: window.scrollY,
      maxScrollY: document.documentElement.scrollHeight - window.innerHeight,
    }
    const next = restoreStep(target, page, progress)
    progress = next.progress
    if (next.action !== 'wait' && Math.abs(window.scrollY - next.y) > 1) scrollToY(next.y)
    if (next.action === 'done') stop()
    else frame = window.requestAnimationFrame(step)
  }
  for (const move of READER_MOVES) window.addEventListener(move, stop, { capture: true, passive: true })
  stopRestoring = stop
  frame = window.requestAnimationFrame(step)
}

// A block body: newer Chromium returns a promise from scrollTo, which React would take for a cleanup.
function scrollToY(y: number): void {
  window.scrollTo(0, y)
}

function readSavedPlaces(): [string, number][] {
  try {
    const saved: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]')
    if (!Array.isArray(saved)) return []
    return saved.filter((item): item is [string, number] => Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'number')
  } catch {
    // Storage refused (a locked-down browser) or garbled: start without remembered places.
    return []
  }
}

function savePlacesForReload(places: ScrollMemory): void {
  try {
    if (readStamp(window.history.state)) places.remember(window.scrollY)
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(places.places()))
  } catch {
    // Not kept over a reload; Back and Forward still work within this load.
  }
}
