import { foldVietnamese, foldWithOffsets } from '../../../../data/core/search/fold'

/** More matches than anyone steps through one by one; the cap keeps a one-letter search cheap. */
const MAX_MATCHES = 2000
const BLOCKS = 'p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, caption, figcaption, blockquote, div, section, article, header, footer, nav, aside'
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'])

/** Where each folded character of the page text came from. */
interface FoldedPage {
  text: string
  nodes: Text[]
  /** Per folded character: index into `nodes`, start and end offsets in that node's data. */
  node: number[]
  start: number[]
  end: number[]
}

/**
 * Finds `query` in the visible text under `root`, ignoring tone marks, đ and case, and returns one
 * DOM Range per match. Runs of white space count as one space, also across element boundaries,
 * so "đà  nẵng" matches "Đà\nNẵng". Plain substring search on folded text: no RegExp from input.
 */
export function findInPage(root: Element, query: string): Range[] {
  const needle = squeezeSpaces(foldVietnamese(query)).trim()
  if (needle === '') return []
  const page = foldPage(root)
  const ranges: Range[] = []
  let from = 0
  while (ranges.length < MAX_MATCHES) {
    const at = page.text.indexOf(needle, from)
    if (at < 0) break
    const last = at + needle.length - 1
    const range = document.createRange()
    range.setStart(page.nodes[page.node[at] ?? 0] ?? root, page.start[at] ?? 0)
    range.setEnd(page.nodes[page.node[last] ?? 0] ?? root, page.end[last] ?? 0)
    ranges.push(range)
    from = at + needle.length
  }
  return ranges
}

function foldPage(root: Element): FoldedPage {
  const page: FoldedPage = { text: '', nodes: [], node: [], start: [], end: [] }
  const chars: string[] = []
  let lastWasSpace = true
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isVisibleText(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  })
  let previousBlock: Element | null = null
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    const textNode = current as Text
    const block = textNode.parentElement?.closest(BLOCKS) ?? null
    // A new block separates words even without a space character between them ("Đà Nẵng" / "Huế").
    if (block !== previousBlock && !lastWasSpace) {
      const previous = page.nodes.length - 1
      const length = page.nodes[previous]?.data.length ?? 0
      chars.push(' ')
      page.node.push(previous)
      page.start.push(length)
      page.end.push(length)
      lastWasSpace = true
    }
    previousBlock = block
    const nodeIndex = page.nodes.push(textNode) - 1
    const { folded, offsets } = foldWithOffsets(textNode.data)
    for (let i = 0; i < folded.length; i++) {
      const char = folded[i] ?? ''
      const space = isSpace(char)
      if (space && lastWasSpace) continue
      chars.push(space ? ' ' : char)
      page.node.push(nodeIndex)
      page.start.push(offsets[i] ?? 0)
      page.end.push(nextOrigin(offsets, i, textNode.data.length))
      lastWasSpace = space
    }
  }
  page.text = chars.join('')
  return page
}

/** The end of folded character i in the original: where the next original character starts. */
function nextOrigin(offsets: readonly number[], i: number, length: number): number {
  const origin = offsets[i] ?? 0
  for (let k = i + 1; k < offsets.length; k++) {
    const next = offsets[k] ?? length
    if (next > origin) return next
  }
  return length
}

function isVisibleText(node: Node): boolean {
  const parent = node.parentElement
  if (!parent || SKIPPED_ELEMENTS.has(parent.tagName)) return false
  if (parent.closest('[hidden], [aria-hidden="true"]')) return false
  return parent.checkVisibility ? parent.checkVisibility() : true
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0'
}

function squeezeSpaces(text: string): string {
  return text.split(/\s+/).join(' ')
}

/** Paints matches with the CSS Custom Highlight API, which draws over text without touching the DOM. */
export function paintMatches(matches: readonly Range[], current: Range | undefined): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.set('find-match', new Highlight(...matches))
    if (current) CSS.highlights.set('find-current', new Highlight(current))
    else CSS.highlights.delete('find-current')
    return
  }
  // Older engines: select the current match instead, which also leaves React's DOM alone.
  const selection = window.getSelection()
  selection?.removeAllRanges()
  if (current) selection?.addRange(current)
}

export function clearMatches(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.delete('find-match')
    CSS.highlights.delete('find-current')
  }
}

/** Scrolls a match into the middle of the window unless it is already in view. */
export function revealMatch(range: Range): void {
  const rect = range.getBoundingClientRect()
  const margin = 80
  if (rect.top >= margin && rect.bottom <= window.innerHeight - margin) return
  window.scrollBy({ top: rect.top - window.innerHeight / 3 })
}
