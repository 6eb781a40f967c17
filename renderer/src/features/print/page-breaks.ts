/**
 * How Chromium will cut laid-out content into printed pages, predicted from the screen layout so
 * a briefing pack's contents can give page numbers before anything is printed. The rules mirror
 * print-sheet.css: whole blocks move to the next page, headings travel with what follows them,
 * text blocks break between lines leaving at least two lines on either side where they can.
 */

/** One block of a paper, in CSS pixels from the top of its content box. */
export interface PrintBlock {
  top: number
  bottom: number
  /** `whole`: never split (a table row); `keep`: a heading kept with the next block; `lines`: text that may break between lines. */
  kind: 'whole' | 'keep' | 'lines'
  /** Line height of a `lines` block. */
  lineHeight: number
  /** A table header Chromium repeats at the top of the next page when a row moves there. */
  repeatedHeader: number
}

/** Orphans and widows, as set in print-sheet.css. */
const MIN_LINES = 2
/** Layout rounding: a block that overflows by less than this still fits. */
const TOLERANCE = 0.5

/** How many pages the blocks of one paper take at `pageHeight` pixels of content per page. */
export function countPages(blocks: readonly PrintBlock[], pageHeight: number): number {
  let pageTop = 0
  let pages = 1
  const overflows = (bottom: number) => bottom - pageTop > pageHeight + TOLERANCE
  const breakBefore = (top: number) => {
    pageTop = top
    pages += 1
  }
  blocks.forEach((block, index) => {
    if (block.kind === 'keep') {
      const next = blocks[index + 1]
      const needed = next ? firstFragmentBottom(next) : block.bottom
      if (overflows(needed) && block.top > pageTop) breakBefore(block.top)
      return
    }
    if (block.kind === 'whole') {
      if (overflows(block.bottom) && block.top > pageTop) breakBefore(block.top - block.repeatedHeader)
      // Taller than a page: Chromium slices it where the page ends.
      while (overflows(block.bottom)) breakBefore(pageTop + pageHeight)
      return
    }
    while (overflows(block.bottom)) {
      const lines = Math.round((block.bottom - block.top) / block.lineHeight)
      const fitting = Math.floor((pageTop + pageHeight + TOLERANCE - block.top) / block.lineHeight)
      // Widows give way when a short block cannot also keep its orphans (3 lines, 2 fit: 2 + 1).
      const keepWidows = Math.min(fitting, lines - MIN_LINES)
      const cut = block.top + (keepWidows >= MIN_LINES ? keepWidows : fitting) * block.lineHeight
      if (fitting < MIN_LINES && block.top > pageTop) breakBefore(block.top)
      else breakBefore(cut > pageTop ? cut : pageTop + pageHeight)
    }
  })
  return pages
}

/** Where the part of a block that must share a page with the heading above it ends. */
function firstFragmentBottom(block: PrintBlock): number {
  if (block.kind !== 'lines') return block.bottom
  return Math.min(block.bottom, block.top + MIN_LINES * block.lineHeight)
}

/** The first page of each paper when the papers are printed one after another from page 1. */
export function startPages(pageCounts: readonly number[]): number[] {
  let next = 1
  return pageCounts.map((count) => {
    const start = next
    next += count
    return start
  })
}
