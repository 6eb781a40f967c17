import { countPages, type PrintBlock } from './page-breaks'

/** The A4 page of print.css less its margins (18 mm top, 20 mm bottom), in CSS pixels. */
export const PAGE_CONTENT_HEIGHT_PX = ((297 - 18 - 20) * 96) / 25.4

/** A landscape paper (`data-orientation="landscape"`, @page landscape): 210 mm less 12 mm top and 16 mm bottom. */
export const LANDSCAPE_CONTENT_HEIGHT_PX = ((210 - 12 - 16) * 96) / 25.4

/**
 * The blocks print-sheet.css treats as units, by the same selectors: kept whole, kept with the
 * next block, or broken between lines. An element inside another block is part of that block.
 */
const WHOLE = '.print-whole'
const KEEP = '.print-keep'
const LINES = '.print-lines, .sheet-body > p'
const ANY_BLOCK = `${WHOLE}, ${KEEP}, ${LINES}`

/**
 * How many pages a paper (a `.print-paper` laid out at print width) will print on. Read after
 * layout with the print fonts loaded; the screen layout of the paper is the print layout.
 */
export function measurePaperPages(paper: HTMLElement): number {
  const style = getComputedStyle(paper)
  const contentTop = paper.getBoundingClientRect().top + parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth)
  const blocks: PrintBlock[] = []
  for (const element of paper.querySelectorAll<HTMLElement>(ANY_BLOCK)) {
    if (element.parentElement?.closest(ANY_BLOCK)) continue
    blocks.push(toBlock(element, contentTop))
  }
  return countPages(blocks, paper.dataset.orientation === 'landscape' ? LANDSCAPE_CONTENT_HEIGHT_PX : PAGE_CONTENT_HEIGHT_PX)
}

function toBlock(element: HTMLElement, contentTop: number): PrintBlock {
  const box = element.getBoundingClientRect()
  const kind = element.matches(KEEP) ? 'keep' : element.matches(LINES) ? 'lines' : 'whole'
  const head = element instanceof HTMLTableRowElement ? element.closest('table')?.tHead : null
  return {
    top: box.top - contentTop,
    bottom: box.bottom - contentTop,
    kind,
    lineHeight: parseFloat(getComputedStyle(element).lineHeight) || box.height,
    repeatedHeader: head && !head.contains(element) ? head.getBoundingClientRect().height : 0,
  }
}
