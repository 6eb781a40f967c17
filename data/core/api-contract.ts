import type { Result } from './result'

/** Title, version and size of the open content pack. */
export interface PackInfo {
  title: string
  version: string
  language: string
  schemaVersion: number
  contentHash: string
  counts: PackCounts
}

export interface PackCounts {
  sources: number
  paragraphs: number
  entries: number
  facts: number
}

export type SourceDateKind = 'published' | 'event' | 'unknown'

/** When a document was published, or when the event it reports happened if that is all we know. */
export interface SourceDate {
  value: string | null
  kind: SourceDateKind
  note: string | null
}

export interface SourceSummary {
  id: string
  title: string
  series: string | null
  publisher: string
  author: string | null
  date: SourceDate
  languages: string[]
  /** How many numbered (citable) paragraphs the cleaned document has. */
  paragraphs: number
}

export type SourceBlockKind = 'heading' | 'subheading' | 'paragraph'

/** One block of a cleaned document; only paragraphs carry a number that facts can cite. */
export interface SourceBlock {
  position: number
  number: number | null
  kind: SourceBlockKind
  lang: string
  text: string
}

export interface SourceDocument extends SourceSummary {
  origin: string
  attribution: string
  licence: string | null
  blocks: SourceBlock[]
}

export interface SourceRef {
  id: string
}

/**
 * Everything the UI can ask of the encyclopedia. Main implements it over IPC, the web edition in a
 * worker; the renderer talks to nothing else. Every method takes at most one input object and
 * resolves to a Result, never a rejection.
 */
export interface EncyclopediaApi {
  /** Describes the open pack: title, version, schema version and counts. */
  getPackInfo(): Promise<Result<PackInfo>>
  /** Lists the primary source documents in pack order. */
  listSources(): Promise<Result<SourceSummary[]>>
  /** One source document with its cleaned, numbered blocks; `not-found` for an unknown id. */
  getSource(input: SourceRef): Promise<Result<SourceDocument>>
}

export type ApiMethod = keyof EncyclopediaApi

/** The IPC channel of each method. Typed as a total map: adding a method without a channel fails to compile. */
export const API_CHANNELS: { readonly [K in ApiMethod]: `encyclopedia:${string}` } = {
  getPackInfo: 'encyclopedia:get-pack-info',
  listSources: 'encyclopedia:list-sources',
  getSource: 'encyclopedia:get-source',
}

export const API_METHODS = Object.keys(API_CHANNELS) as ApiMethod[]

export type ApiInput<K extends ApiMethod> = Parameters<EncyclopediaApi[K]>[0]
export type ApiOutput<K extends ApiMethod> = Awaited<ReturnType<EncyclopediaApi[K]>>
