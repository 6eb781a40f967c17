import { describe, expect, it } from 'vitest'
import { placeBeside, type Box } from '../../../renderer/src/features/preview/place-beside'

const WINDOW: Box = { left: 0, top: 0, right: 1366, bottom: 768 }
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height })

describe('placeBeside', () => {
  it('puts the card to the right of a shape, level with its top', () => {
    expect(placeBeside(box(460, 300, 24, 60), 352, 114, WINDOW)).toEqual({ left: 492, top: 300 })
  })

  it('goes to the left when the right has no room (a shape by the right edge)', () => {
    expect(placeBeside(box(1100, 300, 60, 60), 352, 114, WINDOW)).toEqual({ left: 740, top: 300 })
  })

  it('slides along the side to stay in the window (a shape near the bottom)', () => {
    expect(placeBeside(box(460, 700, 24, 40), 352, 114, WINDOW)).toEqual({ left: 492, top: 768 - 8 - 114 })
  })

  it('goes below, then above, a shape as wide as the window', () => {
    expect(placeBeside(box(10, 100, 1340, 200), 352, 114, WINDOW)).toEqual({ left: 10, top: 308 })
    expect(placeBeside(box(10, 500, 1340, 200), 352, 114, WINDOW)).toEqual({ left: 10, top: 500 - 8 - 114 })
  })

  it('stays inside the window when no side has room', () => {
    const at = placeBeside(box(0, 0, 1366, 768), 352, 114, WINDOW)
    expect(at.left).toBeGreaterThanOrEqual(8)
    expect(at.top).toBeGreaterThanOrEqual(8)
    expect(at.left + 352).toBeLessThanOrEqual(1366 - 8)
    expect(at.top + 114).toBeLessThanOrEqual(768 - 8)
  })
})
