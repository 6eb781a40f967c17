import { foldedWords } from './phrase'

/**
 * Filter-as-you-type for lists (glossary, timeline): folded as search folds (tone marks, đ, case,
 * dashes and punctuation ignored, traditional Chinese read as simplified), so "chau a thai binh
 * duong" finds "châu Á – Thái Bình Dương" and 觀察員 finds 观察员. The query's folded words must
 * appear together, in order, in one of the texts: plain substring search on folded words, never a
 * RegExp built from what the user typed. An empty query matches everything.
 */
export function matchesQuery(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const needle = foldedWords(query)
  if (needle === '') return true
  return texts.some((text) => text && foldedWords(text).includes(needle))
}
