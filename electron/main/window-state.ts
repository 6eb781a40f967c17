import { z } from 'zod'

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

/** What is remembered of the window between runs: where it was when not maximised, and whether it was. */
export interface WindowState {
  bounds: Bounds
  maximized: boolean
}

/** Where and how big to open the window. No x/y means Electron centres it on the primary screen. */
export interface WindowPlacement {
  bounds: { width: number; height: number } | Bounds
  maximized: boolean
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 820 } as const
export const MIN_WINDOW_SIZE = { width: 720, height: 520 } as const

/** How much of the window's top edge must lie on one screen for the user to grab it and move it. */
const GRABBABLE = { width: 120, height: 40 } as const

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
const windowStateSchema = z.object({ bounds: boundsSchema, maximized: z.boolean() })

/** Reads a saved state from `unknown` (a hand-edited or half-written file): anything off is null. */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * Reopens the window where it was, if that place is still on a screen: a monitor unplugged or a
 * resolution lowered since would otherwise open it out of reach. The saved rectangle counts only
 * if its title bar can be grabbed on one of today's work areas; it is then shrunk to fit that
 * screen. Otherwise the window opens at the default size, centred.
 */
export function restoredPlacement(saved: WindowState | null, workAreas: readonly Bounds[]): WindowPlacement {
  if (saved === null) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false }
  const screen = workAreas.find((area) => titleBarVisibleOn(saved.bounds, area))
  if (!screen) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: saved.maximized }
  const width = clamp(saved.bounds.width, MIN_WINDOW_SIZE.width, Math.max(MIN_WINDOW_SIZE.width, screen.width))
  const height = clamp(saved.bounds.height, MIN_WINDOW_SIZE.height, Math.max(MIN_WINDOW_SIZE.height, screen.height))
  return { bounds: { x: saved.bounds.x, y: saved.bounds.y, width, height }, maximized: saved.maximized }
}

function titleBarVisibleOn(window: Bounds, area: Bounds): boolean {
  const overlap = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x)
  const topInside = window.y >= area.y && window.y <= area.y + area.height - GRABBABLE.height
  return overlap >= GRABBABLE.width && topInside
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
