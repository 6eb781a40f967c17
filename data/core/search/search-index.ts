import { CatalogError } from '../error-codes'
import { compactIndex, type SearchIndex } from './compact-index'
import { IndexBuilder } from './index-builder'
import { HEADER_PART, readHeader, type IndexParts, type PartReader } from './index-parts'
import { readPostingLists } from './postings'
import { SEARCH_INDEX_VERSION, type SearchDocument } from './search-options'
import { LazyParts } from './lazy-parts'
import { StoredFields, type PassageText } from './stored-fields'

export type { SearchDocument } from './search-options'
export type { SearchIndex } from './compact-index'
export type { IndexParts, PartReader } from './index-parts'
export type { PassageText } from './stored-fields'

/** Builds an index one document at a time, so a large folder pack never holds all its documents. */
export interface SearchIndexBuilder {
  add(document: SearchDocument): void
  /** The index as named parts, one BLOB each in the pack's search_index table. */
  finish(): IndexParts
}

/**
 * For a pack: passages' texts are left out (the pack's paragraphs table has them, read back
 * through PassageText). Documents keep the order they were added in, so the same documents give
 * the same bytes.
 */
export function createSearchIndexBuilder(): SearchIndexBuilder {
  const builder = new IndexBuilder(false)
  return { add: (document) => builder.add(document), finish: () => builder.finish() }
}

/** Builds the index of a pack (pipeline side). */
export function buildSearchIndex(documents: readonly SearchDocument[]): IndexParts {
  const builder = createSearchIndexBuilder()
  for (const document of documents) builder.add(document)
  return builder.finish()
}

/** An index built in memory, texts and all, through the same parts a pack stores (tests, tools). */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const builder = new IndexBuilder(true)
  for (const document of documents) builder.add(document)
  const parts = builder.finish()
  return loadSearchIndex((name) => parts.get(name) ?? null, null)
}

/**
 * Loads an index from its parts (app side): the header now, every other part when a query first
 * needs it (lazy-parts.ts), as typed arrays over the stored bytes, checked for what could send a
 * query out of bounds. Throws CatalogError, here or from the query that reads a damaged part.
 */
export function loadSearchIndex(read: PartReader, passageText: PassageText | null): SearchIndex {
  const reading = readHeader(read(HEADER_PART))
  if (!reading.ok && reading.reason === 'version') {
    throw new CatalogError(
      'pack-schema-mismatch',
      `search index version ${String(reading.version)}, this app reads version ${SEARCH_INDEX_VERSION}`,
    )
  }
  if (!reading.ok) throw new CatalogError('pack-corrupt', reading.detail)
  const { header } = reading
  const parts = new LazyParts((name) => {
    try {
      return read(name)
    } catch (error) {
      if (error instanceof CatalogError) throw error
      throw new CatalogError('pack-corrupt', `search index part ${name} cannot be read: ${String(error)}`)
    }
  })
  return compactIndex(readPostingLists(parts, header), new StoredFields(parts, header, passageText))
}
