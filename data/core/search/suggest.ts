import type { SearchIndex } from './compact-index'
import { evaluate } from './evaluate'
import { foldedWords } from './phrase'
import { nameTier, RERANK_DEPTH, wholeNameEntries } from './rerank'
import { SUGGEST_EXACT_FIELDS, SUGGEST_FOLDED_FIELDS } from './search-options'
import { KIND_PASSAGE } from './stored-fields'
import { queryGroups, type FieldSets, type QueryGroup } from './term-expansion'
import { clampLimit, parseQuery } from './tokenize'
import { byRank, collect, type Ranked } from './top-documents'

export interface Suggestion {
  /** What to open: `#/entry/<id>` for an entry, `#/source/<id>` for a source. */
  kind: 'entry' | 'source'
  id: string
  title: string
  type: string | null
  /** The title or alias the prefix matched ("Úc" for Ô-xtrây-li-a), to show beside the title. */
  label: string
}

const DEFAULT_LIMIT = 8
const SUGGEST_FIELD_SETS: FieldSets = {
  exact: SUGGEST_EXACT_FIELDS,
  folded: SUGGEST_FOLDED_FIELDS,
  han: SUGGEST_FOLDED_FIELDS,
}
const TITLE_WEIGHT = 3
const ALIAS_WEIGHT = 2.5
/**
 * Sources are offered too (a pack made from a folder has nothing else), below an entry that
 * matches as well: the entry is the encyclopedia's own article on the name.
 */
const SOURCE_WEIGHT = 0.5

/**
 * Entry titles, aliases and names (acronyms are aliases), and source titles, that hold every word
 * the user typed, the last one possibly unfinished; never a near miss. Passages of a source share
 * its title; they are grouped by source as search groups them (source-groups.ts), so each source
 * is offered once.
 */
export function suggest(index: SearchIndex, prefix: string, limit = DEFAULT_LIMIT): Suggestion[] {
  const parsed = parseQuery(prefix)
  if (parsed.words.length === 0 && parsed.han.length === 0) return []
  const named = wholeNameEntries(index, parsed)
  const groups = queryGroups(index, parsed, SUGGEST_FIELD_SETS, {
    prefixLast: true,
    fuzzy: false,
    completions: named.completions,
  })
  // Every typed word must be there, as a word or (the last) the start of one: a name that holds
  // only some of them ("Hoàng gia" for "gia nhập") is not what the user is typing.
  const best = bestNamed(index, groups, named.docs)
  const typed = parsed.words.map((word) => word.folded).join(' ')
  const { stored } = index
  const ranked = best.map((item) => {
    const doc = item.doc
    const source = stored.kinds[doc] === KIND_PASSAGE
    const title = stored.title(doc)
    const names = source ? [title] : [title, ...stored.aliasList(doc)]
    const folded = names.map(foldedWords)
    let chosen = { label: title, weight: 1 }
    names.forEach((name, at) => {
      const words = folded[at] ?? ''
      if (typed === '' || !words.startsWith(typed)) return
      // A name that starts with what was typed wins, the more of it typed the better: "APE" is
      // closer to "APEC" than to "APEC Việt Nam 2017".
      const weight =
        (name === title ? TITLE_WEIGHT : ALIAS_WEIGHT) * (1 + (2 * typed.length) / words.length)
      if (weight > chosen.weight) chosen = { label: name, weight }
    })
    const score = item.score * chosen.weight * (source ? SOURCE_WEIGHT : 1)
    return { item: { ...item, score, tier: nameTier(folded, typed) }, label: chosen.label, source }
  })
  ranked.sort((a, b) => byRank(a.item, b.item))
  return ranked.slice(0, clampLimit(limit, DEFAULT_LIMIT)).map(({ item, label, source }) => ({
    kind: source ? 'source' : 'entry',
    id: source ? (stored.sourceId(item.doc) ?? '') : stored.id(item.doc),
    title: stored.title(item.doc),
    type: stored.type(item.doc),
    label,
  }))
}

/**
 * The best RERANK_DEPTH entries and sources holding every typed word, by raw score, entries and
 * sources together, and the entries named like the query wherever their raw score puts them.
 */
function bestNamed(index: SearchIndex, groups: readonly QueryGroup[], named: readonly number[]): Ranked[] {
  return evaluate(index, groups, 'and', (matches) => {
    const { entries, passages } = collect(matches, index.stored, {}, RERANK_DEPTH, false)
    const best = [...entries, ...passages].sort(byRank).slice(0, RERANK_DEPTH)
    const seen = new Set(best.map((item) => item.doc))
    for (const doc of named) {
      if (seen.has(doc) || !matches.isMatch(doc)) continue
      best.push({ doc, score: matches.score(doc), words: 0, tier: 0 })
    }
    return best
  })
}
