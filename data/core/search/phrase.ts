import { foldCharacters } from './fold'

/**
 * Words compared as the tokenizer sees them (a run of letters, marks and digits, Han characters a
 * run of their own), without the tokenizer's RegExp: the re-ranker and suggestions ask this of up
 * to a hundred paragraphs and names per keystroke, and splitting each with the RegExp cost more
 * than the whole BM25 evaluation.
 */

const SEPARATOR = 0
const LETTER = 1
const HAN = 2

const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u
const HAN_CHARACTER = /^\p{Script=Han}$/u
// Classes of the Basic Multilingual Plane, filled on first sight (0 = not looked at yet).
const bmpClasses = new Uint8Array(0x10000)

function classOf(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a)
      ? LETTER
      : SEPARATOR
  }
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) {
    // The second half of a pair belongs to the character the first half starts.
    const before = text.charCodeAt(at - 1)
    if (before >= 0xd800 && before <= 0xdbff) return classOf(text, at - 1)
  }
  if (code >= 0xd800 && code <= 0xdfff)
    return classify(String.fromCodePoint(text.codePointAt(at) ?? code))
  const known = bmpClasses[code] ?? 0
  if (known !== 0) return known - 1
  const found = classify(text.charAt(at))
  bmpClasses[code] = found + 1
  return found
}

function classify(char: string): number {
  if (HAN_CHARACTER.test(char)) return HAN
  return LETTER_OR_DIGIT.test(char) ? LETTER : SEPARATOR
}

/**
 * True when `words` (non-Han, in the same form as `text`: both folded, or both exact) appear as
 * consecutive words of `text`, anything but letters between them. The last word may be the start
 * of a longer word, as it is while the user types.
 */
export function containsPhrase(text: string, words: readonly string[]): boolean {
  const first = words[0]
  if (first === undefined || first === '') return false
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (at > 0 && classOf(text, at - 1) === LETTER) continue
    if (followsFrom(text, at + first.length, words)) return true
  }
  return false
}

function followsFrom(text: string, from: number, words: readonly string[]): boolean {
  let position = from
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ''
    // The previous word ended here: no letter may continue it.
    if (position < text.length && classOf(text, position) === LETTER) return false
    while (position < text.length && classOf(text, position) === SEPARATOR) position++
    if (!text.startsWith(word, position)) return false
    position += word.length
  }
  return true
}

/** A text as its folded words joined by single spaces: how names and phrases are compared. */
export function foldedWords(text: string): string {
  const folded = foldCharacters(text)
  const runs: string[] = []
  let kind = SEPARATOR
  let start = 0
  for (let at = 0; at <= folded.length; at++) {
    const next = at < folded.length ? classOf(folded, at) : SEPARATOR
    if (next === kind) continue
    if (kind !== SEPARATOR) runs.push(folded.slice(start, at))
    kind = next
    start = at
  }
  return runs.join(' ')
}
