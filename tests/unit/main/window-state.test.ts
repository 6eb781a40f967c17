import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_SIZE, parseWindowState, restoredPlacement, type WindowState } from '../../../electron/main/window-state'

/** A 1920×1080 screen with a 40 px task bar at the bottom, and a second one to its right. */
const LAPTOP = { x: 0, y: 0, width: 1920, height: 1040 }
const RIGHT_MONITOR = { x: 1920, y: 0, width: 2560, height: 1400 }

const saved = (x: number, y: number, width = 1000, height = 700, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
})

describe('restoredPlacement', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoredPlacement(null, [LAPTOP])).toEqual({ bounds: DEFAULT_WINDOW_SIZE, maximized: false })
  })

  it('reopens the window exactly where and as big as it was', () => {
    expect(restoredPlacement(saved(2100, 150, 1400, 900), [LAPTOP, RIGHT_MONITOR])).toEqual({
      bounds: { x: 2100, y: 150, width: 1400, height: 900 },
      maximized: false,
    })
  })

  it('reopens maximised when it was closed maximised', () => {
    expect(restoredPlacement(saved(100, 100, 1000, 700, true), [LAPTOP]).maximized).toBe(true)
  })

  it('opens centred at the default size when the monitor it was on has been unplugged', () => {
    const placement = restoredPlacement(saved(2100, 150, 1400, 900, true), [LAPTOP])
    expect(placement.bounds).toEqual(DEFAULT_WINDOW_SIZE)
    expect(placement.maximized).toBe(true)
  })

  it.each([
    ['title bar above the screen', saved(100, -300)],
    ['title bar below the screen', saved(100, 1030)],
    ['only a sliver on the left edge', saved(-990, 100)],
    ['only a sliver on the right edge', saved(1890, 100)],
  ])('does not trust a place the user could not grab (%s)', (_case, state) => {
    expect(restoredPlacement(state, [LAPTOP]).bounds).toEqual(DEFAULT_WINDOW_SIZE)
  })

  it('keeps a window partly off screen whose title bar can still be grabbed', () => {
    expect(restoredPlacement(saved(-400, 200), [LAPTOP]).bounds).toMatchObject({ x: -400, y: 200 })
  })

  it('shrinks a window to a screen that got smaller, never below the minimum size', () => {
    const small = { x: 0, y: 0, width: 1280, height: 680 }
    expect(restoredPlacement(saved(0, 0, 1900, 1000), [small]).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 680 })
    expect(restoredPlacement(saved(0, 0, 300, 200), [small]).bounds).toEqual({ x: 0, y: 0, width: 720, height: 520 })
  })
})

describe('parseWindowState', () => {
  it('reads back what was saved', () => {
    const state = saved(10, 20, 1000, 700, true)
    expect(parseWindowState(JSON.parse(JSON.stringify(state)))).toEqual(state)
  })

  it.each([
    ['nothing', null],
    ['a string', 'maximized'],
    ['no bounds', { maximized: true }],
    ['a size of zero', saved(0, 0, 0, 700)],
    ['a fractional position', { bounds: { x: 0.5, y: 0, width: 900, height: 700 }, maximized: false }],
    ['a number as text', { bounds: { x: '0', y: 0, width: 900, height: 700 }, maximized: false }],
  ])('refuses %s', (_case, value) => {
    expect(parseWindowState(value)).toBeNull()
  })
})
