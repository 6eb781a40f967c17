/**
 * Primary documents per page of the list. A folder pack can hold 126 000: one card each took
 * seconds to draw and a message of every row from the worker. A hundred is a long scroll, not a wall.
 */
export const SOURCES_PER_PAGE = 100

export interface SourcePage {
  /** 1-based, within 1..pages. */
  page: number
  pages: number
  /** How many documents come before the page: the list's offset. */
  offset: number
  /** The page's first and last document, 1-based, as the reader counts them. */
  first: number
  last: number
}

/** The page to show for the one the address asks for: past the last page, the last; none, the first. */
export function sourcePage(requested: number | null, total: number): SourcePage {
  const pages = Math.max(1, Math.ceil(total / SOURCES_PER_PAGE))
  const page = Math.min(Math.max(1, requested ?? 1), pages)
  const offset = (page - 1) * SOURCES_PER_PAGE
  return { page, pages, offset, first: offset + 1, last: Math.min(total, offset + SOURCES_PER_PAGE) }
}
