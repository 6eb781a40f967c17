/**
 * The one query limit, in UTF-16 code units as an input's maxLength counts them: the search box, the
 * results route and the API's input check all use it, and the search core (tokenize.ts) never has to
 * cut what reached it through them.
 */
export const MAX_QUERY_CHARS = 200

/**
 * A query cut to MAX_QUERY_CHARS, and whether it was: before a pasted or linked page of text reaches
 * the page (a 500 000-character link froze the tab for most of a minute). NFC first, so decomposed
 * Vietnamese is not cut sooner than what it looks like; a bounded prefix first, so a megabyte is cheap.
 */
export function cutQuery(query: string): { query: string; cut: boolean } {
  if (query.length <= MAX_QUERY_CHARS) return { query, cut: false }
  const normalized = query.slice(0, MAX_QUERY_CHARS * 4).normalize('NFC')
  if (normalized.length <= MAX_QUERY_CHARS) return { query: normalized, cut: false }
  let end = MAX_QUERY_CHARS
  // Never keep half of a surrogate pair (an emoji, a rare Han character).
  const last = normalized.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return { query: normalized.slice(0, end), cut: true }
}
