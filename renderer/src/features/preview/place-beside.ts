/** A rectangle in CSS px, as getBoundingClientRect gives it. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Space kept between the card and what it describes, and between the card and the window's edge. */
const GAP = 8
const EDGE = 8

/**
 * Where a card of `width` × `height` goes so it sits beside `target` and inside `view` (both in
 * viewport coordinates): to the right, else to the left, else below, else above, slid along that
 * side to stay in the window. If no side has room, the side with the most room, kept in the window.
 */
export function placeBeside(target: Box, width: number, height: number, view: Box): { left: number; top: number } {
  const alongX = clamp(target.left, view.left + EDGE, view.right - EDGE - width)
  const alongY = clamp(target.top, view.top + EDGE, view.bottom - EDGE - height)
  const sides = [
    { room: view.right - EDGE - (target.right + GAP), need: width, at: { left: target.right + GAP, top: alongY } },
    { room: target.left - GAP - (view.left + EDGE), need: width, at: { left: target.left - GAP - width, top: alongY } },
    { room: view.bottom - EDGE - (target.bottom + GAP), need: height, at: { left: alongX, top: target.bottom + GAP } },
    { room: target.top - GAP - (view.top + EDGE), need: height, at: { left: alongX, top: target.top - GAP - height } },
  ]
  const fitting = sides.find((side) => side.room >= side.need)
  if (fitting) return fitting.at
  const roomiest = sides.reduce((best, side) => (side.room / side.need > best.room / best.need ? side : best))
  return {
    left: clamp(roomiest.at.left, view.left + EDGE, view.right - EDGE - width),
    top: clamp(roomiest.at.top, view.top + EDGE, view.bottom - EDGE - height),
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)))
}
