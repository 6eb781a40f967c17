import { simplifyHan } from './han-variants'

/**
 * Folding: the one definition of "the same word, ignoring tone marks" used by the index, the
 * query, snippets, suggestions, the glossary and find-in-page. Only U+0300–U+036F is stripped;
 * Chinese is folded from traditional to simplified (han-variants.ts), one character for one.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g
const STROKED_OR_FINAL = /[đς]/g

/**
 * NFC → NFD → strip combining marks → lowercase → đ to d → traditional Han to simplified.
 * NFD(NFC(x)) equals NFD(x), so one normalisation covers both NFC and NFD input. Lowercasing
 * before the đ step lets one rule cover Đ too; final sigma becomes σ because JavaScript lowercases
 * Σ by context, which a per-character fold (foldWithOffsets) cannot reproduce, and both folds must
 * agree character for character.
 */
export function foldVietnamese(text: string): string {
  return simplifyHan(
    text
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(STROKED_OR_FINAL, (char) => (char === 'đ' ? 'd' : 'σ')),
  )
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
// snippet work linear without normalising one character at a time on every call. Characters of
// the Basic Multilingual Plane are cached by code (a flat array reads faster than a Map of
// strings), the rest by string.
const bmpFolds: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined)
const astralFolds = new Map<string, string>()
const ASTRAL_CACHE_LIMIT = 4096

function foldChar(char: string): string {
  if (char.length === 1) {
    const code = char.charCodeAt(0)
    let folded = bmpFolds[code]
    if (folded === undefined) {
      folded = foldVietnamese(char)
      bmpFolds[code] = folded
    }
    return folded
  }
  const cached = astralFolds.get(char)
  if (cached !== undefined) return cached
  const folded = foldVietnamese(char)
  if (astralFolds.size < ASTRAL_CACHE_LIMIT) astralFolds.set(char, folded)
  return folded
}

/** Width of the code point at `index`: 2 for a surrogate pair, else 1. */
function widthAt(text: string, index: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1
  const next = text.charCodeAt(index + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/**
 * foldVietnamese one code point at a time, character for character the same: several times
 * faster than normalising the whole text, for the re-ranker, which folds a paragraph per
 * candidate. ASCII that folds to itself is copied in runs.
 */
export function foldCharacters(text: string): string {
  return foldUnits(text, false) ?? ''
}

/**
 * The same when every code unit folds to exactly one (precomposed Vietnamese, ASCII, Han), so a
 * folded position is the original position and snippets need no offset table; null otherwise
 * (decomposed marks, surrogate pairs, a character that folds to two).
 */
export function foldAligned(text: string): string | null {
  return foldUnits(text, true)
}

function foldUnits(text: string, aligned: boolean): string | null {
  let folded = ''
  let copyFrom = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80 && (code < 0x41 || code > 0x5a)) continue
    folded += text.slice(copyFrom, index)
    if (code < 0x80) {
      folded += String.fromCharCode(code + 32)
    } else {
      const width = widthAt(text, index, code)
      const piece = foldChar(text.slice(index, index + width))
      if (aligned && (width !== 1 || piece.length !== 1)) return null
      folded += piece
      index += width - 1
    }
    copyFrom = index + 1
  }
  return copyFrom === 0 ? text : folded + text.slice(copyFrom)
}

/** Folds text one code point at a time, remembering where each folded character came from. */
export function foldWithOffsets(text: string): FoldedText {
  const pieces: string[] = []
  const offsets: number[] = []
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      // ASCII folds to one character: copy the run in one piece.
      let end = index + 1
      while (end < text.length && text.charCodeAt(end) < 0x80) end++
      pieces.push(text.slice(index, end).toLowerCase())
      for (let at = index; at < end; at++) offsets.push(at)
      index = end
      continue
    }
    const width = widthAt(text, index, code)
    const piece = foldChar(text.slice(index, index + width))
    for (let k = 0; k < piece.length; k++) offsets.push(index)
    pieces.push(piece)
    index += width
  }
  offsets.push(text.length)
  return { folded: pieces.join(''), offsets }
}

/** True when the text carries tone or vowel marks, or đ: then exact-tone matching means something. */
export function hasMarks(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase()
}
