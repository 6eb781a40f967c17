/**
 * Folds text for matching as the user types: NFD, drop combining marks (U+0300–U+036F), đ/Đ → d,
 * lower case. "Ban thư ký", "ban thu ky" and "BAN THU KY" fold alike; Chinese passes through.
 * Matching is plain substring search on folded text: never a RegExp built from what the user typed.
 */
export function fold(text: string): string {
  let folded = ''
  for (const char of text.normalize('NFD')) {
    const code = char.codePointAt(0) ?? 0
    if (code >= 0x300 && code <= 0x36f) continue
    folded += char === 'đ' || char === 'Đ' ? 'd' : char
  }
  return folded.toLowerCase()
}

/** Collapses runs of white space, so "ban  thu ky" and "ban thu ky" ask the same. */
function squeeze(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ')
}

/** Whether the query, folded, appears as a phrase in one of the texts. An empty query matches all. */
export function matchesQuery(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const needle = squeeze(fold(query))
  if (needle === '') return true
  return texts.some((text) => text && squeeze(fold(text)).includes(needle))
}
