import { foldVietnamese } from './fold'
import type { UnderstoodQuery } from './query-understanding'
import { KIND_ENTRY, type StoredFields } from './stored-fields'
import { splitRuns } from './tokenize'

/**
 * The entry a question is about: the longest entry name (title, alias, English or Chinese name)
 * found in the query, folded. Longer is more specific: "apec 2017" over "apec", "hội nghị bộ
 * trưởng apec lần thứ nhất" over "apec".
 */

export interface NameMatch {
  doc: number
  /** The folded name as matched ("apec 2017", 亚太经合组织). */
  name: string
  /** Where in the query, [start, end) in thousandths of a token (see NAME_UNIT). */
  start: number
  end: number
}

export interface SubjectNames {
  /** Folded, canonical names of Latin script, words joined by one space → entry. */
  readonly words: ReadonlyMap<string, number>
  /** Folded Chinese names → entry, longest first. */
  readonly han: readonly (readonly [string, number])[]
  readonly maxWords: number
  /** Entry id → document. */
  readonly ids: ReadonlyMap<string, number>
}

/**
 * Ordinals written several ways name the same meeting: "đầu tiên", "lần đầu" and "lần thứ nhất".
 * Applied to names and queries alike.
 */
const FIRST = /(?:^| )(?:lan )?(?:dau tien|thu nhat)(?= |$)|(?:^| )lan dau(?= |$)/g

function canonical(folded: string): string {
  return folded.replace(FIRST, (match) => `${match.startsWith(' ') ? ' ' : ''}lan thu nhat`)
}

const HAN = /\p{Script=Han}/u

/** Latin words of a name, folded and canonical ("hoi nghi bo truong apec lan thu nhat"). */
export function foldedName(name: string): string {
  return canonical(
    splitRuns(name.normalize('NFC'))
      .filter((run) => !run.han)
      .map((run) => foldVietnamese(run.text))
      .join(' '),
  )
}

const cache = new WeakMap<StoredFields, SubjectNames>()

/** Every entry's names, read once per loaded index. */
export function subjectNames(stored: StoredFields): SubjectNames {
  const known = cache.get(stored)
  if (known !== undefined) return known
  const words = new Map<string, number>()
  const han: [string, number][] = []
  const ids = new Map<string, number>()
  let maxWords = 1
  // A pack built from a folder has no entries: no pass over its documents to find none.
  const kinds = stored.entryCount === 0 ? new Uint8Array(0) : stored.kinds
  for (let doc = 0; doc < kinds.length; doc++) {
    if (kinds[doc] !== KIND_ENTRY) continue
    ids.set(stored.id(doc), doc)
    for (const name of [stored.title(doc), ...stored.aliasList(doc), stored.nameEn(doc), stored.nameZh(doc)]) {
      if (name === '') continue
      if (HAN.test(name)) {
        const folded = splitRuns(foldVietnamese(name)).filter((run) => run.han).map((run) => run.text).join('')
        if (!han.some(([known]) => known === folded)) han.push([folded, doc])
        continue
      }
      const folded = foldedName(name)
      if (folded === '' || words.has(folded)) continue
      words.set(folded, doc)
      maxWords = Math.max(maxWords, folded.split(' ').length)
    }
  }
  han.sort(([a], [b]) => b.length - a.length)
  const names: SubjectNames = { words, han, maxWords, ids }
  cache.set(stored, names)
  return names
}

/** Spans are [start, end) in units of a thousandth of a token, so a Han run can hold several names. */
export const NAME_UNIT = 1000

/**
 * Every entry name in the query, longest first; a name inside a longer one ("apec" in "apec
 * 2017") is left out, and each entry is named once.
 */
export function namesInQuery(names: SubjectNames, query: UnderstoodQuery): NameMatch[] {
  const found: NameMatch[] = []
  const { tokens } = query
  tokens.forEach((token, at) => {
    if (token.han) {
      for (const [name, doc] of names.han) {
        const offset = token.folded.indexOf(name)
        if (offset >= 0) found.push({ doc, name, start: at * NAME_UNIT + offset, end: at * NAME_UNIT + offset + name.length })
      }
      return
    }
    for (let end = Math.min(tokens.length, at + names.maxWords + 1); end > at; end--) {
      const run = tokens.slice(at, end)
      if (run.some((word) => word.han)) continue
      const name = canonical(run.map((word) => word.folded).join(' '))
      const doc = names.words.get(name)
      if (doc !== undefined) found.push({ doc, name, start: at * NAME_UNIT, end: end * NAME_UNIT })
    }
  })
  found.sort((a, b) => b.name.length - a.name.length || a.start - b.start)
  const kept: NameMatch[] = []
  for (const match of found) {
    const inside = kept.some((other) => match.start >= other.start && match.end <= other.end)
    if (!inside && !kept.some((other) => other.doc === match.doc)) kept.push(match)
  }
  return kept
}

/** Entry names found in a text (a fact's label), as entries. */
export function entriesNamedIn(names: SubjectNames, text: string): Set<number> {
  const tokens = splitRuns(text.normalize('NFC')).map((run) => ({
    text: run.text,
    exact: run.text,
    folded: foldVietnamese(run.text),
    han: run.han,
  }))
  const query = { content: text, optional: [], question: false, marked: false, tokens, kept: [] }
  return new Set(namesInQuery(names, query).map((match) => match.doc))
}
