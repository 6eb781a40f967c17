import { GrowingUint32, narrowBytes, type UintArray } from './byte-arrays'
import type { IndexParts } from './index-parts'
import type { LazyParts } from './lazy-parts'
import { SEARCH_FIELDS } from './search-options'
import { TermDictionary, writeTermBlocks } from './term-blocks'

export const FIELD_COUNT = SEARCH_FIELDS.length

/** The documents an index numbers: how many, and the length of each in each field, for BM25. */
export class Documents {
  constructor(
    readonly count: number,
    private readonly parts: LazyParts,
    private readonly averages: readonly number[],
  ) {}

  /**
   * Distinct terms of every document in `field` (`lengths.<field>`), read when a query first needs
   * the field. BM25's length norm is worked out per posting from it (bm25.ts lengthNorm): a table
   * of norms for every document cost a pass over all of them (70 ms at 126 000) on the first query.
   */
  lengths(field: number): UintArray {
    return this.parts.uints(`lengths.${SEARCH_FIELDS[field] ?? field}`, this.count)
  }

  /** The average length in `field`, as MiniSearch kept it. */
  average(field: number): number {
    return this.averages[field] ?? 0
  }
}

/** The inverted index: documents, and every term with its posting lists (term-blocks.ts). */
export interface PostingLists {
  readonly documents: Documents
  readonly terms: TermDictionary
}

/** Collects postings document by document; `finish` sorts the terms and writes their blocks. */
export class PostingsBuilder {
  private readonly termIds = new Map<string, number>()
  private readonly termTexts: string[] = []
  /**
   * Per posting, in document order: term id · FIELD_COUNT + field, and the frequency (255 and
   * above in `largeFrequencies`). A document's postings are one run, from docStarts[doc]: five
   * bytes a posting, not twelve, for the millions of a large pack.
   */
  private readonly keys = new GrowingUint32()
  private frequencies = new Uint8Array(1 << 16)
  private readonly largeFrequencies = new Map<number, number>()
  private readonly docStarts = new GrowingUint32()

  /** Starts document `doc`'s postings: documents come in order, 0, 1, 2... */
  startDocument(doc: number): void {
    if (doc !== this.docStarts.length) throw new RangeError('documents must come in order')
    this.docStarts.push(this.keys.length)
  }

  add(field: number, term: string, frequency: number): void {
    let id = this.termIds.get(term)
    if (id === undefined) {
      id = this.termTexts.length
      this.termIds.set(term, id)
      this.termTexts.push(term)
    }
    const at = this.keys.length
    this.keys.push(id * FIELD_COUNT + field)
    if (at === this.frequencies.length) {
      const grown = new Uint8Array(Math.ceil(this.frequencies.length * 1.5))
      grown.set(this.frequencies)
      this.frequencies = grown
    }
    this.frequencies[at] = Math.min(frequency, 0xff)
    if (frequency >= 0xff) this.largeFrequencies.set(at, frequency)
  }

  /** Writes the term blocks; returns the number of terms. */
  finish(parts: IndexParts): number {
    const termCount = this.termTexts.length
    const byText = Uint32Array.from(this.termTexts.keys()).sort((a, b) => {
      const x = this.termTexts[a] ?? ''
      const y = this.termTexts[b] ?? ''
      return x < y ? -1 : x > y ? 1 : 0
    })
    const sortedId = new Uint32Array(termCount)
    byText.forEach((id, position) => (sortedId[id] = position))
    // A counting sort on (sorted term, field): stable, so documents stay ascending in each list.
    const slots = termCount * FIELD_COUNT
    const starts = new Uint32Array(slots + 1)
    const total = this.keys.length
    const slotOf = (at: number) => {
      const key = this.keys.get(at)
      const field = key % FIELD_COUNT
      return (sortedId[(key - field) / FIELD_COUNT] ?? 0) * FIELD_COUNT + field
    }
    for (let at = 0; at < total; at++) {
      const slot = slotOf(at) + 1
      starts[slot] = (starts[slot] ?? 0) + 1
    }
    for (let slot = 0; slot < slots; slot++) starts[slot + 1] = (starts[slot + 1] ?? 0) + (starts[slot] ?? 0)
    const next = starts.slice(0, slots)
    const docs = new Uint32Array(total)
    const freqs = new Uint32Array(total)
    this.docStarts.push(total)
    for (let doc = 0; doc + 1 < this.docStarts.length; doc++) {
      for (let at = this.docStarts.get(doc); at < this.docStarts.get(doc + 1); at++) {
        const slot = slotOf(at)
        const to = next[slot] ?? 0
        next[slot] = to + 1
        docs[to] = doc
        freqs[to] = this.largeFrequencies.get(at) ?? this.frequencies[at] ?? 1
      }
    }
    const terms = Array.from(byText, (id) => this.termTexts[id] ?? '')
    // What was collected is in the sorted arrays now: let it go before the blocks are encoded.
    this.keys.clear()
    this.docStarts.clear()
    this.frequencies = new Uint8Array(0)
    this.largeFrequencies.clear()
    this.termIds.clear()
    this.termTexts.length = 0
    writeTermBlocks(parts, terms, (term, visit) => {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const from = starts[term * FIELD_COUNT + field] ?? 0
        const to = starts[term * FIELD_COUNT + field + 1] ?? 0
        if (from === to) continue
        visit(field, (writer) => {
          writer.push(to - from)
          let previous = 0
          for (let at = from; at < to; at++) {
            const doc = docs[at] ?? 0
            const freq = freqs[at] ?? 1
            writer.push((doc - previous) * 2 + (freq > 1 ? 1 : 0))
            if (freq > 1) writer.push(freq - 2)
            previous = doc
          }
        })
      }
    })
    return termCount
  }
}

/** Distinct terms per document in each field, narrowest width; a field always empty is left out. */
export function writeFieldLengths(parts: IndexParts, lengths: readonly GrowingUint32[]): void {
  lengths.forEach((values, field) => {
    const bytes = narrowBytes(values.toArray())
    if (bytes !== null) parts.set(`lengths.${SEARCH_FIELDS[field] ?? field}`, bytes)
  })
}

export function readPostingLists(
  parts: LazyParts,
  counts: { documentCount: number; termCount: number; averageFieldLength: readonly number[] },
): PostingLists {
  return {
    documents: new Documents(counts.documentCount, parts, counts.averageFieldLength),
    terms: new TermDictionary(parts, counts.termCount, FIELD_COUNT),
  }
}
