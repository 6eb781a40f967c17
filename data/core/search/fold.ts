/**
 * Vietnamese folding: the one definition of "the same word, ignoring tone marks" used by the index,
 * the query, snippets and find-in-page. Only U+0300–U+036F is stripped, so Chinese and other
 * scripts pass through unchanged.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g
const STROKED_OR_FINAL = /[đς]/g

/**
 * NFC → NFD → strip combining marks → lowercase → đ to d. NFD(NFC(x)) equals NFD(x), so one
 * normalisation covers both NFC and NFD input. Lowercasing before the đ step lets one rule cover
 * Đ too; final sigma becomes σ because JavaScript lowercases Σ by context, which a per-character
 * fold (foldWithOffsets) cannot reproduce, and both folds must agree character for character.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(STROKED_OR_FINAL, (char) => (char === 'đ' ? 'd' : 'σ'))
}

/** Lowercase NFC with marks kept: the "exact tone" form of a term. */
export function normalizeExact(text: string): string {
  return text.normalize('NFC').toLowerCase()
}

export interface FoldedText {
  /** foldVietnamese(original), character for character. */
  folded: string
  /**
   * offsets[i] is the index in the original string of the character that produced folded[i];
   * offsets[folded.length] is original.length. A folded range [s, e) is the original range
   * [offsets[s], offsets[e]), which keeps any combining marks that follow the last letter.
   */
  offsets: number[]
}

// Vietnamese uses a few hundred distinct non-ASCII characters; caching their folds keeps
// snippet work linear without normalising one character at a time on every call.
const foldCache = new Map<string, string>()
const FOLD_CACHE_LIMIT = 4096

function foldChar(char: string): string {
  const cached = foldCache.get(char)
  if (cached !== undefined) return cached
  const folded = foldVietnamese(char)
  if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(char, folded)
  return folded
}

/** Folds text one code point at a time, remembering where each folded character came from. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = ''
  const offsets: number[] = []
  let index = 0
  while (index < text.length) {
    const code = text.codePointAt(index) ?? 0
    const width = code > 0xffff ? 2 : 1
    let piece: string
    if (code < 0x80) {
      piece = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : (text[index] ?? '')
    } else {
      piece = foldChar(text.slice(index, index + width))
    }
    for (let k = 0; k < piece.length; k++) offsets.push(index)
    folded += piece
    index += width
  }
  offsets.push(text.length)
  return { folded, offsets }
}

/** True when the text carries tone or vowel marks, or đ: then exact-tone matching means something. */
export function hasMarks(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase()
}
