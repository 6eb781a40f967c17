import { describe, expect, it } from 'vitest'
import { countPages, startPages, type PrintBlock } from '../../../../renderer/src/features/print/page-breaks'

const PAGE = 1000
const whole = (top: number, bottom: number, repeatedHeader = 0): PrintBlock => ({ top, bottom, kind: 'whole', lineHeight: 20, repeatedHeader })
const keep = (top: number, bottom: number): PrintBlock => ({ top, bottom, kind: 'keep', lineHeight: 20, repeatedHeader: 0 })
const lines = (top: number, count: number, lineHeight = 20): PrintBlock => ({
  top,
  bottom: top + count * lineHeight,
  kind: 'lines',
  lineHeight,
  repeatedHeader: 0,
})

describe('countPages', () => {
  it('is one page when everything fits, however close to the foot', () => {
    expect(countPages([], PAGE)).toBe(1)
    expect(countPages([whole(0, 400), whole(410, 1000)], PAGE)).toBe(1)
  })

  it('moves a row that does not fit to the next page whole, with the blocks after it', () => {
    // The second row would end at 1040: it starts page 2 at 950, so the third (to 1900) still fits there.
    expect(countPages([whole(0, 940), whole(950, 1040), whole(1050, 1900)], PAGE)).toBe(2)
    expect(countPages([whole(0, 940), whole(950, 1040), whole(1050, 1960)], PAGE)).toBe(3)
  })

  it('counts the table header Chromium repeats above a row carried over', () => {
    const rows = [whole(0, 960), whole(960, 1000), whole(1000, 1040), whole(1040, 1975)]
    expect(countPages(rows, PAGE)).toBe(2)
    const withHeader = rows.map((row, index) => (index === 0 ? row : { ...row, repeatedHeader: 30 }))
    // Page 2 starts 30px above the carried row, so the last row no longer fits on it.
    expect(countPages(withHeader, PAGE)).toBe(3)
  })

  it('never leaves a heading last on a page: it moves with the block that follows', () => {
    // Heading fits (960–990) but its table row (995–1040) does not: both go to page 2.
    const blocks = [whole(0, 950), keep(960, 990), whole(995, 1040), whole(1045, 1950)]
    expect(countPages(blocks, PAGE)).toBe(2)
    // Were the heading free to stay, page 2 would start at 995 and the last row would still fit;
    // kept with the row, page 2 starts at 960 and the last row (to 1965) needs a third page.
    expect(countPages([whole(0, 950), keep(960, 990), whole(995, 1040), whole(1045, 1965)], PAGE)).toBe(3)
  })

  it('keeps a heading with the first two lines of a text block after it', () => {
    // Only one line of the paragraph would fit under the heading: heading and paragraph move,
    // so page 2 starts at the heading (940) and holds what ends by 1940.
    expect(countPages([whole(0, 930), keep(940, 970), lines(975, 10), whole(1180, 1940)], PAGE)).toBe(2)
    expect(countPages([whole(0, 930), keep(940, 970), lines(975, 10), whole(1180, 1941)], PAGE)).toBe(3)
    // With room for two lines the heading stays, and the paragraph breaks after them.
    expect(countPages([whole(0, 900), keep(910, 940), lines(945, 10), whole(1150, 1980)], PAGE)).toBe(2)
  })

  it('breaks a text block between lines, leaving at least two lines on each side', () => {
    // 10 lines from 900: 5 fit on page 1 (900–1000), 5 go to page 2.
    expect(countPages([lines(900, 10), whole(1100, 1990)], PAGE)).toBe(2)
    // Only 1 line would fit: the whole block moves (orphans).
    expect(countPages([lines(985, 10), whole(1185, 1985)], PAGE)).toBe(2)
    expect(countPages([lines(985, 10), whole(1185, 1986)], PAGE)).toBe(3)
    // 9 of 10 lines would fit: only 8 stay, so 2 go over (widows).
    expect(countPages([lines(820, 10), whole(1020, 1979)], PAGE)).toBe(2)
    expect(countPages([lines(820, 10), whole(1020, 1981)], PAGE)).toBe(3)
    // 3 lines, 2 fit: Chromium keeps the two (orphans) and carries one over, giving up the widows.
    expect(countPages([lines(955, 3), whole(1020, 1995)], PAGE)).toBe(2)
    expect(countPages([lines(955, 3), whole(1020, 1996)], PAGE)).toBe(3)
  })

  it('slices a block taller than a page and a text block longer than a page', () => {
    expect(countPages([whole(0, 2500)], PAGE)).toBe(3)
    expect(countPages([lines(0, 120)], PAGE)).toBe(3)
  })
})

describe('startPages', () => {
  it('numbers papers from page 1 in print order', () => {
    expect(startPages([1, 1, 1, 3, 1, 2])).toEqual([1, 2, 3, 4, 7, 8])
    expect(startPages([])).toEqual([])
  })
})
