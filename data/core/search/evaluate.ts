import { inverseDocumentFrequency, lengthNorm, termFrequencyScore } from './bm25'
import type { UintArray } from './byte-arrays'
import { CatalogError } from '../error-codes'
import type { Documents, PostingLists } from './postings'
import { listField, listStart, readVarint, type ListBlock } from './term-blocks'
import { FIELD_BOOSTS, SEARCH_FIELDS } from './search-options'
import type { QueryGroup } from './term-expansion'

/**
 * Term-at-a-time BM25 over typed arrays. Every posting adds weight × field boost × BM25 to its
 * document's score and sets the bit of the query word it belongs to; the accumulators are sized to
 * the index once and reset through the list of documents touched, so a query allocates nothing per
 * document. Scores are MiniSearch's: the sum over matched terms and fields, times the number of
 * distinct query terms matched ("quality").
 *
 * A document's mask holds one bit per group (word) in its low bits and, above them, how many
 * query terms it matched beyond one per group (a marked word matched with and without its marks,
 * several Han terms): quality is the bit count plus that number, and a query whose words are one
 * term each never touches more than the mask and the score per posting.
 */

/** AND: documents with every word. OR: documents with any, for when AND finds nothing. */
export type Combine = 'and' | 'or'

/** 20 words and the Han group: tokenize.ts keeps MAX_QUERY_TERMS words. */
const GROUP_BITS = 21
const GROUP_MASK = (1 << GROUP_BITS) - 1
const EXTRA_TERM = 1 << GROUP_BITS
/** Ten bits of extra terms keep masks below 2^31; a 200-character Han query has fewer. */
const MAX_EXTRA = (1 << (31 - GROUP_BITS)) - 1

const BOOSTS = SEARCH_FIELDS.map((field) => FIELD_BOOSTS[field])
// Module-local copies for the per-posting loop: compiled to CommonJS (tsx, the bench), an imported
// binding is a getter call on every use.
const tfScore = termFrequencyScore
const norm = lengthNorm

/** The accumulators of one document space, reused by every query on it. */
class Scratch {
  readonly scores: Float64Array
  readonly masks: Uint32Array
  /** Which query term last reached a document, for groups of several terms; never reset. */
  readonly stamps: Uint32Array
  readonly touched: Uint32Array
  touchedCount = 0
  stamp = 0
  busy = false

  constructor(size: number) {
    this.scores = new Float64Array(size)
    this.masks = new Uint32Array(size)
    this.stamps = new Uint32Array(size)
    this.touched = new Uint32Array(size)
  }

  nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0)
      this.stamp = 0
    }
    return ++this.stamp
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = this.touched[i] ?? 0
      this.scores[doc] = 0
      this.masks[doc] = 0
    }
    this.touchedCount = 0
  }
}

// One set per document space: an index's postings and its name postings number the same documents.
const scratches = new WeakMap<Documents, Scratch>()

function scratchFor(documents: Documents): Scratch {
  let scratch = scratches.get(documents)
  if (scratch === undefined) {
    scratch = new Scratch(documents.count)
    scratches.set(documents, scratch)
  }
  // Only a callback that searched again from inside `use` could get here: give it fresh arrays.
  return scratch.busy ? new Scratch(documents.count) : scratch
}

/**
 * The documents a query matched, readable until the evaluation's callback returns. The arrays are
 * exposed for collect's per-document loop, which reads masks with isMatchMask, wordsOf and
 * qualityOf.
 */
export class Matches {
  readonly masks: Uint32Array
  readonly scores: Float64Array

  constructor(
    scratch: Scratch,
    /** The groups a match must have all of; 0 under OR (any). */
    readonly required: number,
    /** Documents touched, a superset of the matches. */
    readonly candidates: Uint32Array,
    readonly candidateCount: number,
  ) {
    this.masks = scratch.masks
    this.scores = scratch.scores
  }

  isMatch(doc: number): boolean {
    return isMatchMask(this.masks[doc] ?? 0, this.required)
  }

  score(doc: number): number {
    return (this.scores[doc] ?? 0) * qualityOf(this.masks[doc] ?? 0)
  }

  /** Query words (groups) the document matched. */
  words(doc: number): number {
    return wordsOf(this.masks[doc] ?? 0)
  }
}

export function isMatchMask(mask: number, required: number): boolean {
  return required === 0 ? mask !== 0 : (mask & GROUP_MASK) === required
}

/** Query words (groups) a mask holds. */
export function wordsOf(mask: number): number {
  let rest = mask & GROUP_MASK
  let count = 0
  while (rest !== 0) {
    rest &= rest - 1
    count++
  }
  return count
}

/** Distinct query terms a mask stands for: MiniSearch's multiplier. */
export function qualityOf(mask: number): number {
  return wordsOf(mask) + (mask >>> GROUP_BITS)
}

/** Evaluates the groups and hands the matches to `use`; accumulators are reset when it returns. */
export function evaluate<T>(
  lists: PostingLists,
  groups: readonly QueryGroup[],
  combine: Combine,
  use: (matches: Matches) => T,
): T {
  const scratch = scratchFor(lists.documents)
  scratch.busy = true
  try {
    const { required, empty } = accumulate(lists, scratch, groups, combine)
    return use(new Matches(scratch, required, scratch.touched, empty ? 0 : scratch.touchedCount))
  } finally {
    scratch.reset()
    scratch.busy = false
  }
}

/**
 * Cheapest group first. Under AND only documents found by every group so far can still match, so
 * later groups walk their postings without scoring the rest: a common word ("và") costs a read per
 * posting, not a score. Returns the groups a match needs (0 under OR: any), and whether AND
 * already knows there is no match.
 */
function accumulate(
  lists: PostingLists,
  scratch: Scratch,
  groups: readonly QueryGroup[],
  combine: Combine,
): { required: number; empty: boolean } {
  if (groups.length === 0) return { required: 0, empty: true }
  if (groups.length > GROUP_BITS) throw new RangeError('too many query words')
  const order = combine === 'and' ? [...groups].sort((a, b) => a.cost - b.cost) : [...groups]
  let required = 0
  for (let position = 0; position < order.length; position++) {
    const group = order[position]
    if (group === undefined) continue
    const bit = 1 << position
    const pruned = combine === 'and' && position > 0 ? required : 0
    // One term per group needs no stamps: the group's bit says whether it was counted.
    const severalTerms = group.sources.length > 1
    let gained = 0
    for (const source of group.sources) {
      const stamp = severalTerms ? scratch.nextStamp() : 0
      for (const lookup of source.lookups) {
        const { block, first, last } = lists.terms.termLists(lookup.term)
        for (let list = first; list < last; list++) {
          const field = listField(block, list)
          if (!lookup.fields.includes(field)) continue
          const end = block.listEnds[list] ?? 0
          const [count, start] = readVarint(block.postings, listStart(block, list), end)
          if (count <= 0 || count > lists.documents.count) throw damaged()
          const factor =
            lookup.weight *
            (BOOSTS[field] ?? 1) *
            inverseDocumentFrequency(lists.documents.count, count)
          const lengths: FieldLengths = { of: lists.documents.lengths(field), average: lists.documents.average(field) }
          const range: ListRange = { block, start, end, count }
          gained += scoreList(lists.documents.count, scratch, range, lengths, factor, bit, stamp, pruned)
        }
      }
    }
    if (combine === 'and') {
      required |= bit
      // No document has every word so far, so none can have them all.
      if (gained === 0) return { required, empty: true }
    }
  }
  return { required: combine === 'and' ? required : 0, empty: scratch.touchedCount === 0 }
}

/**
 * Adds one posting list, decoding its varints as it goes (postings.ts has the layout); returns how
 * many documents gained the bit. With `required` set, documents missing an earlier word are
 * skipped (AND), which also means nothing new is touched. A non-zero `stamp` counts the term once
 * per document towards quality, beyond the first of its group. A document past the last one means
 * a damaged pack: refused, never written outside the accumulators.
 */
function scoreList(
  documentCount: number,
  scratch: Scratch,
  range: ListRange,
  lengths: FieldLengths,
  factor: number,
  bit: number,
  stamp: number,
  required: number,
): number {
  const postings = range.block.postings
  const { scores, masks, stamps, touched } = scratch
  const { of: lengthOf, average } = lengths
  const end = range.end
  let at = range.start
  let touchedCount = scratch.touchedCount
  let gained = 0
  let doc = 0
  let first = true
  let left = range.count
  // The accumulators are reset from scratch.touchedCount: keep it true when refusing a list.
  const refuse = () => {
    scratch.touchedCount = touchedCount
    return damaged()
  }
  while (left-- > 0) {
    if (at >= end) throw refuse()
    let byte = postings[at++] ?? 0
    let value = byte & 0x7f
    for (let shift = 7; byte >= 0x80 && at < end; shift += 7) {
      byte = postings[at++] ?? 0
      value += (byte & 0x7f) * 2 ** shift
    }
    let freq = 1
    if (value % 2 === 1) {
      byte = postings[at++] ?? 0
      let extra = byte & 0x7f
      for (let shift = 7; byte >= 0x80 && at < end; shift += 7) {
        byte = postings[at++] ?? 0
        extra += (byte & 0x7f) * 2 ** shift
      }
      freq = extra + 2
    }
    const gap = Math.floor(value / 2)
    doc += gap
    if ((gap === 0 && !first) || doc >= documentCount) throw refuse()
    first = false
    let mask = masks[doc] ?? 0
    if ((mask & required) !== required) continue
    if (mask === 0) touched[touchedCount++] = doc
    if (stamp !== 0 && stamps[doc] !== stamp) {
      stamps[doc] = stamp
      // A second term of the same group for this document: one more for quality.
      if ((mask & bit) !== 0 && mask >>> GROUP_BITS < MAX_EXTRA) mask += EXTRA_TERM
    }
    if ((mask & bit) === 0) {
      mask |= bit
      gained++
    }
    masks[doc] = mask
    scores[doc] = (scores[doc] ?? 0) + factor * tfScore(freq, norm(lengthOf[doc] ?? 0, average))
  }
  if (at !== end) throw refuse()
  scratch.touchedCount = touchedCount
  return gained
}

/** The field's length per document and its average: BM25's length norm. */
interface FieldLengths {
  of: UintArray
  average: number
}

/** A list's documents: `count` of them in block.postings from `start` (past the count) to `end`. */
interface ListRange {
  block: ListBlock
  start: number
  end: number
  count: number
}

const damaged = () => new CatalogError('pack-corrupt', 'a posting list of the search index is damaged')
