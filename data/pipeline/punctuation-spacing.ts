/**
 * Vietnamese (like English) puts no space before . , ; : ! ? ) and none after (. Two things leave
 * one there: a citation removed from an entry body ("Đà Nẵng [@nguon#2]." becomes "Đà Nẵng .")
 * and a typo in a source as handed over ("cao cấp , Ủy ban"). Every text the pack stores goes
 * through this, so snippets, passages and entries read as typeset.
 */

// Before a closing mark: only when the mark ends a word (space, end, or more closing marks
// follow), so ".txt" or a ".5" written apart keeps its space.
const SPACE_BEFORE_CLOSING = /[ \t\u00a0]+(?=[.,;:!?)\]…]+(?:[\s"'”’»]|$))/gu
const SPACE_BEFORE_PARENTHESIS = /[ \t\u00a0]+(?=\))/gu
const SPACE_AFTER_OPENING = /([([])[ \t\u00a0]+/gu

/** The text without spaces before closing punctuation or after an opening parenthesis. */
export function tidyPunctuationSpacing(text: string): string {
  return text
    .replace(SPACE_BEFORE_CLOSING, '')
    .replace(SPACE_BEFORE_PARENTHESIS, '')
    .replace(SPACE_AFTER_OPENING, '$1')
}
