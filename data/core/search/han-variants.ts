import hongKongVariants from 'opencc-js/dict/HKVariantsRev'
import traditionalToSimplified from 'opencc-js/dict/TSCharacters'
import taiwanVariants from 'opencc-js/dict/TWVariantsRev'

/**
 * Traditional Han characters folded to simplified ones, so 觀察員 finds 观察员 and the other way
 * round. The mapping is OpenCC's (the project behind most Chinese conversion tools), character by
 * character: its phrase tables choose between readings when converting prose, but folding only
 * has to send index and query to the same form, and one character for one keeps folded
 * positions aligned with the original for snippets and find in page.
 */

function pairs(dictionary: string): [string, string][] {
  return dictionary.split('|').flatMap((pair) => {
    const [from, to] = pair.split(' ')
    return from && to ? [[from, to] satisfies [string, string]] : []
  })
}

function buildMap(): Map<string, string> {
  const map = new Map(pairs(traditionalToSimplified))
  // Hong Kong and Taiwan write some characters in variants OpenCC's traditional table does not
  // list (衞 for 衛): their standard form's simplification is theirs too. A variant whose standard
  // form has no simplification (么 → 幺) stays as it is, so nothing simplified is ever changed.
  for (const [variant, standard] of [...pairs(hongKongVariants), ...pairs(taiwanVariants)]) {
    const simplified = map.get(standard)
    if (!map.has(variant) && simplified !== undefined && simplified !== variant) map.set(variant, simplified)
  }
  // Follow chains (薴 → 苧 → 苎) to their end, so folding twice changes nothing.
  for (const [from, to] of map) {
    let end = to
    for (let step = 0; step < 8 && map.has(end) && map.get(end) !== end; step++) end = map.get(end) ?? end
    if (end === from) map.delete(from)
    else map.set(from, end)
  }
  return map
}

let simplified: Map<string, string> | undefined

/** Below this code point nothing is Han: Vietnamese and Latin text is scanned, never looked up. */
const FIRST_HAN = 0x2e80

/** The text with each traditional (or regional variant) Han character replaced by its simplified form. */
export function simplifyHan(text: string): string {
  let result = ''
  let copyFrom = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < FIRST_HAN) continue
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1
    simplified ??= buildMap()
    const replacement = simplified.get(text.slice(index, index + width))
    if (replacement !== undefined) {
      result += text.slice(copyFrom, index) + replacement
      copyFrom = index + width
    }
    index += width - 1
  }
  return copyFrom === 0 ? text : result + text.slice(copyFrom)
}

/** Every traditional → simplified pair folding uses (tests). */
export function hanFoldPairs(): [string, string][] {
  simplified ??= buildMap()
  return [...simplified]
}
