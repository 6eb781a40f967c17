import type { Options } from 'minisearch'
import { foldVietnamese, normalizeExact } from './fold'
import { tokenizeForIndex } from './tokenize'

/**
 * Bump on any change to fields, tokenizing, term processing or the serialised layout: an index
 * built by another version would load without error and silently answer wrongly, so
 * loadSearchIndex refuses it instead.
 */
export const SEARCH_INDEX_VERSION = 5

/** One searchable thing: an entry, or one numbered paragraph of a source document. */
export interface SearchDocument {
  /** Entry id, or a passage id unique among passages (e.g. `${sourceId}#${paragraph}`). */
  id: string
  kind: 'entry' | 'passage'
  /** Entry title, or the source title for a passage. */
  title: string
  /** Entry type; passages have none. */
  type?: string
  year?: number
  sourceId?: string
  paragraph?: number
  aliases: string[]
  nameEn?: string
  nameZh?: string
  /** Plain text searched and shown in snippets: summary and body for entries, the paragraph for passages. */
  text: string
}

/**
 * Every title and alias is indexed twice: "Exact" keeps tone marks (lowercase NFC), "Folded" drops
 * them. A query term is looked up in its exact form in the exact fields and its folded form in the
 * folded fields, so "Lào" scores on both for the country and only on the folded field for
 * "Lao động": exact-tone matches rank first without hiding the others.
 */
export const SEARCH_FIELDS = [
  'titleExact',
  'titleFolded',
  'aliasesExact',
  'aliasesFolded',
  'nameEn',
  'nameZh',
  'textFolded',
] as const

export type SearchField = (typeof SEARCH_FIELDS)[number]

export const EXACT_FIELDS: readonly SearchField[] = ['titleExact', 'aliasesExact']
export const FOLDED_FIELDS: readonly SearchField[] = [
  'titleFolded',
  'aliasesFolded',
  'nameEn',
  'textFolded',
]
/** Han terms are the same folded or not; they live in the Chinese name and the text. */
export const HAN_FIELDS: readonly SearchField[] = [
  'titleFolded',
  'aliasesFolded',
  'nameZh',
  'textFolded',
]
/** Suggestions come from names a user would type the start of, never from body text. */
export const SUGGEST_EXACT_FIELDS: readonly SearchField[] = ['titleExact', 'aliasesExact']
export const SUGGEST_FOLDED_FIELDS: readonly SearchField[] = [
  'titleFolded',
  'aliasesFolded',
  'nameEn',
  'nameZh',
]

/** Title beats alias beats name beats text; exact beats folded within each. */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = {
  titleExact: 6,
  titleFolded: 4,
  aliasesExact: 5,
  aliasesFolded: 3.5,
  nameEn: 3,
  nameZh: 3,
  textFolded: 1,
}

/** MiniSearch needs one unique key; entries and passages may share an id, so the kind prefixes it. */
const KEY_FIELD = 'key'

function extractField(document: SearchDocument, fieldName: string): unknown {
  switch (fieldName) {
    case KEY_FIELD:
      return `${document.kind}:${document.id}`
    case 'titleExact':
    case 'titleFolded':
      return document.title
    case 'aliasesExact':
    case 'aliasesFolded':
      // A newline between aliases so no phrase check ever joins the end of one to the next.
      return document.aliases.join('\n')
    case 'textFolded':
      return document.text
    default:
      return (document as unknown as Record<string, unknown>)[fieldName]
  }
}

function processTerm(term: string, fieldName?: string): string | null {
  const processed = fieldName?.endsWith('Exact') ? normalizeExact(term) : foldVietnamese(term)
  return processed === '' ? null : processed
}

/**
 * THE options constant: the pipeline builds with it, and everything the query side needs to agree
 * with it (fields, boosts, tokenizer, folding) lives in this module. The app does not load
 * MiniSearch: the index is converted to flat arrays (postings.ts) and the query side evaluates
 * BM25 itself (evaluate.ts), so no search options are needed here. Stored fields are kept by the
 * index builder in columns (stored-fields.ts), not by MiniSearch.
 */
export const SEARCH_OPTIONS = {
  idField: KEY_FIELD,
  fields: [...SEARCH_FIELDS],
  extractField,
  tokenize: (text: string) => tokenizeForIndex(text),
  processTerm,
} satisfies Options<SearchDocument>
