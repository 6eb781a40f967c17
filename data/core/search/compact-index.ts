import { lengthNorm } from './bm25'
import { foldedWords } from './phrase'
import { FIELD_COUNT, type Postings } from './postings'
import { SEARCH_FIELDS, SUGGEST_EXACT_FIELDS, SUGGEST_FOLDED_FIELDS } from './search-options'
import { KIND_ENTRY, KIND_PASSAGE, type StoredFields } from './stored-fields'

/** The documents an index numbers: how many, and BM25's length norm of each in each field. */
export interface Documents {
  readonly count: number
  /** k·(1 − b + b·length/average) per field (SEARCH_FIELDS order), indexed by document. */
  readonly norms: readonly Float64Array[]
}

/**
 * Flat postings: no object per posting and no map per term, so a 240 000-paragraph pack costs
 * tens of megabytes, not a gigabyte.
 */
export interface PostingLists {
  readonly documents: Documents
  /** Every indexed term, sorted by code unit: a term's id is its position. */
  readonly terms: readonly string[]
  /** Postings of term t in field f: ranges[t·F + f] up to ranges[t·F + f + 1]. */
  readonly ranges: Uint32Array
  /** Document ids, ascending within each posting list. */
  readonly docs: Uint32Array
  /** Term frequencies, parallel to `docs` (one byte each when none passes 255). */
  readonly freqs: Uint8Array | Uint16Array
}

/**
 * A loaded index, ready to answer. Opaque to callers: only the search modules look inside.
 * Besides the postings of every field, `names` holds those of the name fields for suggestible
 * documents only: entries, and the first passage of each source. Passages of a source share its
 * title, so a source is one suggestion, and suggestions read its title's postings once, not once
 * per paragraph.
 */
export interface SearchIndex extends PostingLists {
  readonly names: PostingLists
  readonly stored: StoredFields
  /** Entry titles and aliases as folded words ("apec", "hoa ky"), sorted, for whole-name matches. */
  readonly entryNames: readonly string[]
  /** The entry each of `entryNames` belongs to. */
  readonly entryNameDocs: Uint32Array
}

const NAME_FIELDS = new Set(
  [...SUGGEST_EXACT_FIELDS, ...SUGGEST_FOLDED_FIELDS].map((field) => SEARCH_FIELDS.indexOf(field)),
)

export function compactIndex(postings: Postings, stored: StoredFields): SearchIndex {
  const count = postings.documentCount
  if (stored.count !== count) throw new RangeError('stored fields and postings disagree')
  const documents: Documents = {
    count,
    norms: postings.averageFieldLength.map((average, field) => {
      const norm = new Float64Array(count)
      for (let doc = 0; doc < count; doc++)
        norm[doc] = lengthNorm(postings.fieldLengths[doc * FIELD_COUNT + field] ?? 0, average)
      return norm
    }),
  }
  const lists: PostingLists = {
    documents,
    terms: postings.terms,
    ranges: postings.ranges,
    docs: postings.docs,
    freqs: postings.freqs,
  }
  const names = entryNames(stored)
  return {
    ...lists,
    names: nameLists(lists, suggestibleDocuments(stored)),
    stored,
    entryNames: names.map(([name]) => name),
    entryNameDocs: Uint32Array.from(names, ([, doc]) => doc),
  }
}

/** Entries, and the first passage of each source. */
function suggestibleDocuments(stored: StoredFields): Uint8Array {
  const suggestible = new Uint8Array(stored.count)
  const seen = new Uint8Array(stored.sourceIds.size + 1)
  for (let doc = 0; doc < stored.count; doc++) {
    if (stored.kinds[doc] !== KIND_PASSAGE) {
      suggestible[doc] = 1
      continue
    }
    const source = stored.sourceRefs[doc] ?? 0
    if (source === 0 || seen[source] === 1) continue
    seen[source] = 1
    suggestible[doc] = 1
  }
  return suggestible
}

/** The name fields' postings of suggestible documents; other fields' lists are left empty. */
function nameLists(lists: PostingLists, suggestible: Uint8Array): PostingLists {
  const { ranges, docs, freqs } = lists
  const kept = (list: number) => {
    let count = 0
    if (!NAME_FIELDS.has(list % FIELD_COUNT)) return count
    for (let at = ranges[list] ?? 0; at < (ranges[list + 1] ?? 0); at++)
      count += suggestible[docs[at] ?? 0] ?? 0
    return count
  }
  const lengths = Uint32Array.from({ length: ranges.length - 1 }, (_, list) => kept(list))
  const nameRanges = new Uint32Array(ranges.length)
  for (let list = 0; list < lengths.length; list++)
    nameRanges[list + 1] = (nameRanges[list] ?? 0) + (lengths[list] ?? 0)
  const total = nameRanges[lengths.length] ?? 0
  const nameDocs = new Uint32Array(total)
  const nameFreqs = freqs instanceof Uint8Array ? new Uint8Array(total) : new Uint16Array(total)
  let out = 0
  for (let list = 0; list < lengths.length; list++) {
    if ((lengths[list] ?? 0) === 0) continue
    for (let at = ranges[list] ?? 0; at < (ranges[list + 1] ?? 0); at++) {
      const doc = docs[at] ?? 0
      if (suggestible[doc] !== 1) continue
      nameDocs[out] = doc
      nameFreqs[out] = freqs[at] ?? 0
      out++
    }
  }
  return {
    documents: lists.documents,
    terms: lists.terms,
    ranges: nameRanges,
    docs: nameDocs,
    freqs: nameFreqs,
  }
}

function entryNames(stored: StoredFields): [string, number][] {
  const names: [string, number][] = []
  for (let doc = 0; doc < stored.count; doc++) {
    if (stored.kinds[doc] !== KIND_ENTRY) continue
    const seen = new Set<string>()
    for (const name of [stored.title(doc), ...stored.aliasList(doc)]) {
      const folded = foldedWords(name)
      if (folded === '' || seen.has(folded)) continue
      seen.add(folded)
      names.push([folded, doc])
    }
  }
  return names.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x - y))
}
