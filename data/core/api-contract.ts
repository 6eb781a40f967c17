import type { ComparisonInput, ComparisonTable } from './economy/comparison-types'
import type { Quantity } from './economy/quantity'
import type { EntryType, FactValueKind, RelationKind } from './entry-types'
import type { Result } from './result'
import type { AnswerKind } from './search/answer-kinds'

export type { Quantity, QuantityUnit } from './economy/quantity'
export type { AnswerKind } from './search/answer-kinds'
export type {
  ComparisonGroup,
  ComparisonInput,
  ComparisonRow,
  ComparisonTable,
  ComparisonValue,
  GroupTotal,
  IndicatorInfo,
} from './economy/comparison-types'
export { COMPARISON_GROUPS } from './economy/comparison-types'

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
  /** Primary source documents (the reference sources are counted apart). */
  sources: number
  referenceSources: number
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

/** A primary document of the pack, or a reference from outside it (cited without paragraphs). */
export const SOURCE_KINDS = ['primary', 'reference'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export interface SourceSummary {
  id: string
  kind: SourceKind
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
  /** Entries whose facts or text cite this paragraph. */
  citedBy: EntryRef[]
}

export interface SourceDocument extends SourceSummary {
  origin: string
  attribution: string
  licence: string | null
  url: string | null
  accessed: string | null
  blocks: SourceBlock[]
  /** Entries citing the document as a whole (reference sources) or any of its paragraphs. */
  citedBy: EntryRef[]
}

export interface EntryRef {
  id: string
  type: EntryType
  title: string
}

export interface EntrySummary extends EntryRef {
  nameEn: string | null
  nameZh: string | null
  summary: string
}

/** An entry in a list: its other names too, so a list can be filtered by any of them. */
export interface EntryListItem extends EntrySummary {
  aliases: string[]
}

/** Where a fact or sentence comes from: a paragraph of a primary source, or a reference source. */
export interface Citation {
  sourceId: string
  sourceTitle: string
  sourcePublisher: string
  sourceKind: SourceKind
  paragraph: number | null
}

export interface Fact {
  key: string
  label: string
  value: string
  valueKind: FactValueKind
  asOf: string | null
  citation: Citation
  /** A figure's value as a number (the Factbook's figures); null for facts read from a paragraph. */
  quantity: Quantity | null
  /** How a figure is qualified, in Vietnamese: "ước tính 2024", "ước tính 2024; USD năm 2021". */
  note: string | null
  /** The entry a value names, when we have one: a trade partner that is an APEC member, a capital. */
  link: EntryRef | null
}

/** Related entries of one kind; `incoming` groups are relations other entries declare towards this one. */
export interface RelationGroup {
  kind: RelationKind
  direction: 'outgoing' | 'incoming'
  entries: EntrySummary[]
}

export interface EntryDocument extends EntrySummary {
  aliases: string[]
  /** Rendered by the pipeline from our Markdown; sanitised again before display. */
  bodyHtml: string
  facts: Fact[]
  relations: RelationGroup[]
  /** Entries whose text links here ("Được nhắc đến trong"). */
  backlinks: EntrySummary[]
  /** The numbered citations of the body, in order. */
  bodyCitations: (Citation & { number: number })[]
}

export interface EntryQuery {
  type?: EntryType | undefined
}

export interface MemberEconomy {
  entry: EntrySummary
  /** Join month as "YYYY-MM", from the reference. */
  joined: string | null
  founding: boolean
  hostedYears: number[]
}

/**
 * One year of APEC: the meeting entry that stands for the year (apec-2017, "Năm APEC 2017") and the
 * economy that hosted it. The catalog knows it as a meeting with a year-valued `date` fact that an
 * economy declares `hosted`.
 */
export interface ApecYear {
  year: number
  entry: EntrySummary
  host: EntryRef
}

/**
 * A page of the source list: a pack built from a folder can hold 126 000 documents, too many to
 * send or draw at once. The totals per kind are getPackInfo's counts (sources, referenceSources).
 */
export interface SourceListQuery {
  /** Only the primary documents, or only the reference sources; both when absent. */
  kind?: SourceKind | undefined
  /** At most this many (1 to 1000); all when absent. */
  limit?: number | undefined
  /** Sources skipped at the head of the list (default 0); past the end, the page is empty. */
  offset?: number | undefined
}

export interface SearchInput {
  /** Anything the user typed; longer than 200 characters or 20 terms is cut, never refused. */
  query: string
  type?: EntryType | undefined
  yearFrom?: number | undefined
  yearTo?: number | undefined
  /** Hits per group (entries, source documents), 1 to 100 (default 20). */
  limit?: number | undefined
  /** Hits skipped at the head of each group (default 0): the next page starts at the hits shown. */
  offset?: number | undefined
}

/** A matched stretch of a snippet: [start, end) offsets into `text`. */
export type Highlight = [number, number]

export interface SearchHit {
  kind: 'entry' | 'passage'
  /** Entry id, or for a passage its source id. */
  id: string
  title: string
  type: EntryType | null
  year: number | null
  sourceId: string | null
  paragraph: number | null
  score: number
  snippet: { text: string; highlights: Highlight[] }
  /** A passage stands for its source document: the source's next best matching passages. */
  otherPassages: PassageMatch[]
  /** How many other passages of the source match, listed in otherPassages or not (0 for an entry). */
  otherPassageCount: number
}

/** A matching passage shown under the best one of its source ("và n đoạn khác"). */
export interface PassageMatch {
  id: string
  paragraph: number | null
  score: number
  snippet: { text: string; highlights: Highlight[] }
}

export interface SearchResults {
  query: string
  entries: SearchHit[]
  /** One hit per source document: its best passage, its other matching passages under it. */
  passages: SearchHit[]
  /**
   * Matches before the limit: entries, source documents with a matching passage (what the
   * passages group pages over: `limit` and `offset` count documents), and matching paragraphs.
   */
  counts: { entries: number; passages: number; paragraphs: number }
  /** When nothing matched: the closest titles to offer instead. */
  closest: Suggestion[]
  /** "Trả lời nhanh": the fact that answers the question, when the pack has one. */
  answer: QuestionAnswer
}

/**
 * One fact answering a question, as the pack holds it; never composed. A definition ("APEC là
 * gì") is the entry's summary: factKey "summary", the entry's title as label, no citation.
 */
export interface Answer {
  kind: AnswerKind
  entryId: string
  entryTitle: string
  entryType: EntryType
  factKey: string
  label: string
  value: string
  valueKind: FactValueKind
  asOf: string | null
  citation: Citation | null
  /** A figure's qualification ("ước tính 2024"); null for facts read from a paragraph. */
  note: string | null
  /** The claims cannot all be true: every one is shown with its source ("Các nguồn ghi khác nhau"). */
  disputed: boolean
}

/**
 * No answer; one fact; or, when the entry holds several facts of the key asked (several host
 * years, or sources that disagree: then each has `disputed`), all of them.
 */
export type QuestionAnswer = Answer | Answer[] | null

export interface AnswerInput {
  query: string
}

export interface Suggestion {
  /** An entry, or a source title (all a pack built from a folder of text files has to suggest). */
  kind: 'entry' | 'source'
  id: string
  title: string
  type: EntryType | null
  /** The title or alias the prefix matched ("Úc" for Ô-xtrây-li-a). */
  label: string
}

export interface SuggestInput {
  prefix: string
  limit?: number | undefined
}

/** One dated item of the timeline, always with the fact it comes from. */
export interface TimelineEvent {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string
  year: number
  entry: EntrySummary
  label: string
  citation: Citation
}

export interface IdRef {
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
  /**
   * Lists the primary source documents in pack order, then the reference sources (`kind` tells them
   * apart), or a page of them: `kind` keeps one kind, `offset` and `limit` cut the page (the home
   * page's few, the source list's pages of a pack of 126 000).
   */
  listSources(input?: SourceListQuery): Promise<Result<SourceSummary[]>>
  /** One source document with its cleaned, numbered blocks; `not-found` for an unknown id. */
  getSource(input: IdRef): Promise<Result<SourceDocument>>
  /** Entries, optionally of one type, sorted by Vietnamese title. */
  listEntries(input: EntryQuery): Promise<Result<EntryListItem[]>>
  /** One entry with facts, relations both ways, backlinks and citations; `not-found` for an unknown id. */
  getEntry(input: IdRef): Promise<Result<EntryDocument>>
  /** The APEC member economies with join month and host years, in join order. */
  listMembers(): Promise<Result<MemberEconomy[]>>
  /** Every dated fact of meetings and milestones, oldest first. */
  getTimeline(): Promise<Result<TimelineEvent[]>>
  /** The APEC years the pack has an entry for, each with its host economy, oldest first. */
  listApecYears(): Promise<Result<ApecYear[]>>
  /** Full-text search over entries and source paragraphs, grouped, with highlighted snippets. */
  search(input: SearchInput): Promise<Result<SearchResults>>
  /** Titles, aliases and acronyms starting with what the user has typed so far. */
  suggest(input: SuggestInput): Promise<Result<Suggestion[]>>
  /** The fact answering a question ("Trả lời nhanh"), as in search results; null when none does. */
  answer(input: AnswerInput): Promise<Result<QuestionAnswer>>
  /**
   * The Factbook's indicators for every member of a group, each economy's latest figure with its
   * year, and the group's totals as a share of the world; `not-found` when the pack has no figures.
   */
  getComparison(input: ComparisonInput): Promise<Result<ComparisonTable>>
}

export type ApiMethod = keyof EncyclopediaApi

/** The IPC channel of each method. Typed as a total map: adding a method without a channel fails to compile. */
export const API_CHANNELS: { readonly [K in ApiMethod]: `encyclopedia:${string}` } = {
  getPackInfo: 'encyclopedia:get-pack-info',
  listSources: 'encyclopedia:list-sources',
  getSource: 'encyclopedia:get-source',
  listEntries: 'encyclopedia:list-entries',
  getEntry: 'encyclopedia:get-entry',
  listMembers: 'encyclopedia:list-members',
  getTimeline: 'encyclopedia:get-timeline',
  listApecYears: 'encyclopedia:list-apec-years',
  search: 'encyclopedia:search',
  suggest: 'encyclopedia:suggest',
  answer: 'encyclopedia:answer',
  getComparison: 'encyclopedia:get-comparison',
}

export const API_METHODS = Object.keys(API_CHANNELS) as ApiMethod[]

export type ApiInput<K extends ApiMethod> = Parameters<EncyclopediaApi[K]>[0]
export type ApiOutput<K extends ApiMethod> = Awaited<ReturnType<EncyclopediaApi[K]>>
