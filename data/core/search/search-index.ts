import MiniSearch, { type AsPlainObject } from 'minisearch'
import { CatalogError } from '../error-codes'
import { SEARCH_INDEX_VERSION, SEARCH_OPTIONS, type SearchDocument } from './search-options'

export type { SearchDocument } from './search-options'

/** A loaded index. Opaque to callers: only search.ts looks inside. */
export interface SearchIndex {
  readonly engine: MiniSearch<SearchDocument>
}

/** What goes into the pack: the version travels with the index so a stale one is refused, not misread. */
interface SerializedSearchIndex {
  searchIndexVersion: number
  index: AsPlainObject
}

/**
 * Builds and serialises the index (pipeline side). Documents are added in the order given, and
 * MiniSearch keeps insertion order, so the same documents give the same bytes.
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): string {
  const engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS)
  engine.addAll(documents)
  const serialized: SerializedSearchIndex = {
    searchIndexVersion: SEARCH_INDEX_VERSION,
    index: engine.toJSON(),
  }
  return JSON.stringify(serialized)
}

/** Wraps an index built in memory (tests, packs opened from a folder of text files). */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS)
  engine.addAll(documents)
  return { engine }
}

/** Loads a serialised index (app side) with the same options that built it. Throws CatalogError. */
export function loadSearchIndex(json: string): SearchIndex {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new CatalogError('pack-corrupt', 'the search index is not valid JSON')
  }
  if (!isSerializedIndex(parsed))
    throw new CatalogError('pack-corrupt', 'the search index has an unknown shape')
  if (parsed.searchIndexVersion !== SEARCH_INDEX_VERSION) {
    throw new CatalogError(
      'pack-schema-mismatch',
      `search index version ${parsed.searchIndexVersion}, this app reads version ${SEARCH_INDEX_VERSION}`,
    )
  }
  try {
    return { engine: MiniSearch.loadJS(parsed.index, SEARCH_OPTIONS) }
  } catch (error) {
    throw new CatalogError('pack-corrupt', `the search index cannot be loaded: ${String(error)}`)
  }
}

function isSerializedIndex(value: unknown): value is SerializedSearchIndex {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record.searchIndexVersion === 'number' &&
    typeof record.index === 'object' &&
    record.index !== null
  )
}
