import { GrowingUint32 } from './byte-arrays'
import { type IndexParts, MAX_DOCUMENTS, writeHeader } from './index-parts'
import { FIELD_COUNT, PostingsBuilder, writeFieldLengths } from './postings'
import { SEARCH_FIELDS, SEARCH_OPTIONS, type SearchDocument } from './search-options'
import { StoredFieldsBuilder } from './stored-fields'

/**
 * Builds the index a document at a time, as MiniSearch's `add` would with THE options constant
 * (SEARCH_OPTIONS: extractField, tokenize, processTerm), and counts what MiniSearch counts: term
 * frequency per document and field, distinct tokens per field, and MiniSearch's running average
 * of those. MiniSearch's own index is not built: for 250 000 paragraphs its tree of maps took
 * 1.6 GB, where flat arrays of postings take a tenth of it. tests/unit/core/search/
 * index-builder.test.ts checks that both count the same terms, frequencies and lengths.
 */

/** Terms already processed, per kind of field: a corpus repeats its words endlessly. */
const TERM_CACHE_LIMIT = 200_000

export class IndexBuilder {
  private readonly postings = new PostingsBuilder()
  private readonly stored: StoredFieldsBuilder
  private readonly lengths = SEARCH_FIELDS.map(() => new GrowingUint32())
  private readonly averages: number[] = SEARCH_FIELDS.map(() => 0)
  private readonly processed = SEARCH_FIELDS.map(() => new Map<string, string | null>())
  private documentCount = 0

  constructor(keepPassageTexts: boolean) {
    this.stored = new StoredFieldsBuilder(keepPassageTexts)
  }

  add(document: SearchDocument): void {
    const { extractField, tokenize, processTerm } = SEARCH_OPTIONS
    const doc = this.documentCount
    if (doc >= MAX_DOCUMENTS) throw new RangeError('too many documents for one index')
    this.postings.startDocument(doc)
    for (let field = 0; field < FIELD_COUNT; field++) {
      const name = SEARCH_FIELDS[field] ?? ''
      const value = extractField(document, name)
      // MiniSearch skips a missing field: no length, no running average update.
      if (value === null || value === undefined) {
        this.lengths[field]?.push(0)
        continue
      }
      const tokens = tokenize(String(value))
      const length = new Set(tokens).size
      this.lengths[field]?.push(length)
      const average = this.averages[field] ?? 0
      this.averages[field] = (average * doc + length) / (doc + 1)
      const frequencies = new Map<string, number>()
      for (const token of tokens) {
        const term = this.process(field, name, token, processTerm)
        if (term !== null) frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
      }
      for (const [term, frequency] of frequencies) this.postings.add(field, term, frequency)
    }
    this.stored.add(document)
    this.documentCount++
  }

  private process(
    field: number,
    name: string,
    token: string,
    processTerm: (term: string, fieldName?: string) => string | null,
  ): string | null {
    const cache = this.processed[field] ?? new Map<string, string | null>()
    let term = cache.get(token)
    if (term === undefined) {
      term = processTerm(token, name)
      if (cache.size >= TERM_CACHE_LIMIT) cache.clear()
      cache.set(token, term)
    }
    return term
  }

  /** The index as pack parts. */
  finish(): IndexParts {
    const parts: IndexParts = new Map()
    const termCount = this.postings.finish(parts)
    writeFieldLengths(parts, this.lengths)
    const counts = this.stored.writeTo(parts)
    writeHeader(parts, { ...counts, termCount, averageFieldLength: [...this.averages] })
    return parts
  }
}
