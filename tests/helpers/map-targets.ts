import type { Page } from 'playwright-core'

/**
 * The side, in CSS px, of the largest square on screen where every sampled point sends a click to
 * the economy's entry: what a user can actually aim at, not the shape's box (a thin coast has a
 * large box and no room for a shaky hand). WCAG 2.2 measures target size the same way: a 24 by 24
 * square must fit inside the target. Every place the map links to the economy counts (its shape
 * or marker, the shape's click rim, the enlarged inset), each looked at in turn on screen.
 */
export async function clickableSquare(page: Page, economy: string, enough: number): Promise<number> {
  const places = page.locator(`.member-map a[data-economy="${economy}"], .member-map a[data-inset-for="${economy}"]`)
  let best = 0
  for (const place of await places.all()) {
    if (best >= enough) break
    await place.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'center' }))
    best = Math.max(best, await place.evaluate(largestSquareAround, enough))
  }
  return best
}

/**
 * Runs in the page: samples the element's box and a margin around it (for rims) every 2 px, and
 * stops once a square of `enough` px is found (a hit test costs a fraction of a millisecond, and
 * Russia's box holds tens of thousands of samples). Sampling makes the answer up to 2 px short.
 */
function largestSquareAround(element: Element, enough: number): number {
  const STEP = 2
  // Targets may reach past the shape itself (a rim, a marker's band): look a little around it.
  const MARGIN = 24
  const href = element.getAttribute('href')
  const box = element.getBoundingClientRect()
  const left = Math.max(0, Math.floor(box.left - MARGIN))
  const top = Math.max(0, Math.floor(box.top - MARGIN))
  const right = Math.min(window.innerWidth, Math.ceil(box.right + MARGIN))
  const bottom = Math.min(window.innerHeight, Math.ceil(box.bottom + MARGIN))
  const columns = Math.max(0, Math.floor((right - left) / STEP))
  const rows = Math.max(0, Math.floor((bottom - top) / STEP))
  // Largest all-hit square over the sampling grid (the classic dynamic programme on a 0/1 grid).
  let previous = new Array<number>(columns + 1).fill(0)
  let best = 0
  for (let row = 0; row < rows; row += 1) {
    const current = new Array<number>(columns + 1).fill(0)
    for (let column = 0; column < columns; column += 1) {
      const hit = document.elementFromPoint(left + column * STEP + 1, top + row * STEP + 1)
      if (hit?.closest('a')?.getAttribute('href') === href) {
        current[column + 1] = 1 + Math.min(previous[column + 1] ?? 0, previous[column] ?? 0, current[column] ?? 0)
        best = Math.max(best, current[column + 1] ?? 0)
        if ((best - 1) * STEP >= enough) return (best - 1) * STEP
      }
    }
    previous = current
  }
  // n samples in a row cover (n - 1) steps between the first and the last.
  return best === 0 ? 0 : (best - 1) * STEP
}
