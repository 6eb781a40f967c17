import MiniSearch from 'minisearch'
import { CatalogError } from '../error-codes'
import { compactIndex, type SearchIndex } from './compact-index'
import {
  parsePostings,
  postingsFromMiniSearch,
  serializePostings,
  type Postings,
  type SerializedPostings,
} from './postings'
import { SEARCH_INDEX_VERSION, SEARCH_OPTIONS, type SearchDocument } from './search-options'
import {
  parseStoredFields,
  serializeStoredFields,
  StoredFieldsBuilder,
  type SerializedStoredFields,
  type StoredFields,
} from './stored-fields'

export type { SearchDocument } from './search-options'
export type { SearchIndex } from './compact-index'

/** What goes into the pack: the version travels with the index so a stale one is refused, not misread. */
interface SerializedSearchIndex {
  searchIndexVersion: number
  postings: SerializedPostings
  stored: SerializedStoredFields
}

/** Builds an index one document at a time, so a large folder pack never holds all its documents. */
export interface SearchIndexBuilder {
  add(document: SearchDocument): void
  /** The serialised index, as buildSearchIndex returns it. */
  serialize(): string
}

/**
 * MiniSearch tokenizes and counts (with THE options constant); its postings are then flattened
 * and it is dropped. Documents keep the order they were added in, so the same documents give the
 * same bytes.
 */
export function createSearchIndexBuilder(): SearchIndexBuilder {
  const builder = documentsBuilder()
  return {
    add: builder.add,
    serialize: () => {
      const { postings, stored } = builder.finish()
      const serialized: SerializedSearchIndex = {
        searchIndexVersion: SEARCH_INDEX_VERSION,
        postings: serializePostings(postings),
        stored: serializeStoredFields(stored),
      }
      return JSON.stringify(serialized)
    },
  }
}

function documentsBuilder() {
  const engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS)
  const stored = new StoredFieldsBuilder()
  return {
    add: (document: SearchDocument) => {
      engine.add(document)
      stored.add(document)
    },
    finish: (): { postings: Postings; stored: StoredFields } => ({
      postings: postingsFromMiniSearch(engine.toJSON()),
      stored: stored.build(),
    }),
  }
}

/** Builds and serialises the index (pipeline side). */
export function buildSearchIndex(documents: readonly SearchDocument[]): string {
  const builder = createSearchIndexBuilder()
  for (const document of documents) builder.add(document)
  return builder.serialize()
}

/** An index built in memory, without the serialised round trip (tests). */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const builder = documentsBuilder()
  for (const document of documents) builder.add(document)
  const { postings, stored } = builder.finish()
  return compactIndex(postings, stored)
}

/** Loads a serialised index (app side). Throws CatalogError. */
export function loadSearchIndex(json: string): SearchIndex {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new CatalogError('pack-corrupt', 'the search index is not valid JSON')
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new CatalogError('pack-corrupt', 'the search index has an unknown shape')
  const version = (parsed as Record<string, unknown>).searchIndexVersion
  if (typeof version !== 'number')
    throw new CatalogError('pack-corrupt', 'the search index has an unknown shape')
  if (version !== SEARCH_INDEX_VERSION) {
    throw new CatalogError(
      'pack-schema-mismatch',
      `search index version ${version}, this app reads version ${SEARCH_INDEX_VERSION}`,
    )
  }
  const { postings, stored } = parsed as Record<string, unknown>
  try {
    const flat = parsePostings(postings)
    return compactIndex(flat, parseStoredFields(stored, flat.documentCount))
  } catch (error) {
    throw new CatalogError('pack-corrupt', `the search index cannot be loaded: ${String(error)}`)
  }
}
