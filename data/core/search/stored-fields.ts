import type { SearchDocument } from './search-options'
import {
  isSerializedStringColumn,
  parseStrings,
  type SerializedStringColumn,
  stringColumn,
  type StringColumn,
} from './string-column'
import { decodeVarints, encodeVarints } from './varint-base64'

/**
 * What a search hit shows and what filters read, per document, as columns: typed arrays for the
 * numbers a filter checks on every candidate, joined strings for the text read only for the few
 * documents shown. Titles, source ids and types repeat across passages and are kept once.
 */

export const KIND_ENTRY = 0
export const KIND_PASSAGE = 1
/** Years and paragraph numbers that a document does not have. */
export const NO_NUMBER = -0x80000000

export class StoredFields {
  constructor(
    /** KIND_ENTRY or KIND_PASSAGE per document. */
    readonly kinds: Uint8Array,
    /** Year or NO_NUMBER. */
    readonly years: Int32Array,
    readonly paragraphs: Int32Array,
    /** 0 for none, else 1 + index in `types`. */
    readonly typeRefs: Uint32Array,
    readonly types: readonly string[],
    /** Index in `titles`. */
    readonly titleRefs: Uint32Array,
    readonly titles: StringColumn,
    /** 0 for none, else 1 + index in `sourceIds`. */
    readonly sourceRefs: Uint32Array,
    readonly sourceIds: StringColumn,
    /** The id, or '' for a passage whose id is `${sourceId}#${paragraph}` (most of a large pack). */
    readonly ids: StringColumn,
    /** Aliases joined by newlines. */
    readonly aliases: StringColumn,
    readonly namesEn: StringColumn,
    readonly namesZh: StringColumn,
    readonly texts: StringColumn,
  ) {}

  get count(): number {
    return this.kinds.length
  }

  id(doc: number): string {
    const own = this.ids.get(doc)
    if (own !== '' || this.kinds[doc] !== KIND_PASSAGE) return own
    return `${this.sourceId(doc) ?? ''}#${this.paragraph(doc) ?? ''}`
  }

  kind(doc: number): 'entry' | 'passage' {
    return this.kinds[doc] === KIND_PASSAGE ? 'passage' : 'entry'
  }

  title(doc: number): string {
    return this.titles.get(this.titleRefs[doc] ?? 0)
  }

  type(doc: number): string | null {
    const ref = this.typeRefs[doc] ?? 0
    return ref === 0 ? null : (this.types[ref - 1] ?? null)
  }

  /** The type's ref for a filter: -1 when no document has that type. */
  typeRef(type: string): number {
    const at = this.types.indexOf(type)
    return at < 0 ? -1 : at + 1
  }

  year(doc: number): number | null {
    const year = this.years[doc] ?? NO_NUMBER
    return year === NO_NUMBER ? null : year
  }

  paragraph(doc: number): number | null {
    const paragraph = this.paragraphs[doc] ?? NO_NUMBER
    return paragraph === NO_NUMBER ? null : paragraph
  }

  sourceId(doc: number): string | null {
    const ref = this.sourceRefs[doc] ?? 0
    return ref === 0 ? null : this.sourceIds.get(ref - 1)
  }

  aliasList(doc: number): string[] {
    const joined = this.aliases.get(doc)
    return joined === '' ? [] : joined.split('\n')
  }

  nameEn(doc: number): string {
    return this.namesEn.get(doc)
  }

  nameZh(doc: number): string {
    return this.namesZh.get(doc)
  }

  text(doc: number): string {
    return this.texts.get(doc)
  }
}

/** Collects the columns document by document, in index order. */
export class StoredFieldsBuilder {
  private readonly kinds: number[] = []
  private readonly years: number[] = []
  private readonly paragraphs: number[] = []
  private readonly typeRefs: number[] = []
  private readonly types = new Map<string, number>()
  private readonly titleRefs: number[] = []
  private readonly titles = new Map<string, number>()
  private readonly sourceRefs: number[] = []
  private readonly sourceIds = new Map<string, number>()
  private readonly ids: string[] = []
  private readonly aliases: string[] = []
  private readonly namesEn: string[] = []
  private readonly namesZh: string[] = []
  private readonly texts: string[] = []

  add(document: SearchDocument): void {
    this.kinds.push(document.kind === 'passage' ? KIND_PASSAGE : KIND_ENTRY)
    this.years.push(optionalInteger(document.year))
    this.paragraphs.push(optionalInteger(document.paragraph))
    this.typeRefs.push(document.type === undefined ? 0 : 1 + intern(this.types, document.type))
    this.titleRefs.push(intern(this.titles, document.title))
    this.sourceRefs.push(
      document.sourceId === undefined ? 0 : 1 + intern(this.sourceIds, document.sourceId),
    )
    const derivable =
      document.kind === 'passage' &&
      document.sourceId !== undefined &&
      document.paragraph !== undefined &&
      document.id === `${document.sourceId}#${document.paragraph}`
    this.ids.push(derivable ? '' : document.id)
    this.aliases.push(document.aliases.join('\n'))
    this.namesEn.push(document.nameEn ?? '')
    this.namesZh.push(document.nameZh ?? '')
    this.texts.push(document.text)
  }

  build(): StoredFields {
    return new StoredFields(
      Uint8Array.from(this.kinds),
      Int32Array.from(this.years),
      Int32Array.from(this.paragraphs),
      Uint32Array.from(this.typeRefs),
      [...this.types.keys()],
      Uint32Array.from(this.titleRefs),
      stringColumn([...this.titles.keys()]),
      Uint32Array.from(this.sourceRefs),
      stringColumn([...this.sourceIds.keys()]),
      stringColumn(this.ids),
      stringColumn(this.aliases),
      stringColumn(this.namesEn),
      stringColumn(this.namesZh),
      stringColumn(this.texts),
    )
  }
}

function intern(table: Map<string, number>, value: string): number {
  let at = table.get(value)
  if (at === undefined) {
    at = table.size
    table.set(value, at)
  }
  return at
}

function optionalInteger(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && Math.abs(value) < 0x7fffffff
    ? value
    : NO_NUMBER
}

/** The stored fields as they sit in the serialised index. */
export interface SerializedStoredFields {
  kinds: string
  years: string
  paragraphs: string
  typeRefs: string
  types: string[]
  titleRefs: string
  titleCount: number
  titles: SerializedStringColumn
  sourceRefs: string
  sourceIdCount: number
  sourceIds: SerializedStringColumn
  ids: SerializedStringColumn
  aliases: SerializedStringColumn
  namesEn: SerializedStringColumn
  namesZh: SerializedStringColumn
  texts: SerializedStringColumn
}

// Optional integers as varints: 0 for none, else the zigzag of the value plus one.
function encodeOptional(value: number): number {
  if (value === NO_NUMBER) return 0
  return (value < 0 ? -2 * value - 1 : 2 * value) + 1
}

function decodeOptional(code: number): number {
  if (code === 0) return NO_NUMBER
  const zigzag = code - 1
  return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2
}

export function serializeStoredFields(stored: StoredFields): SerializedStoredFields {
  return {
    kinds: encodeVarints(stored.kinds),
    years: encodeVarints(Array.from(stored.years, encodeOptional)),
    paragraphs: encodeVarints(Array.from(stored.paragraphs, encodeOptional)),
    typeRefs: encodeVarints(stored.typeRefs),
    types: [...stored.types],
    titleRefs: encodeVarints(stored.titleRefs),
    titleCount: stored.titles.size,
    titles: stored.titles.serialize(),
    sourceRefs: encodeVarints(stored.sourceRefs),
    sourceIdCount: stored.sourceIds.size,
    sourceIds: stored.sourceIds.serialize(),
    ids: stored.ids.serialize(),
    aliases: stored.aliases.serialize(),
    namesEn: stored.namesEn.serialize(),
    namesZh: stored.namesZh.serialize(),
    texts: stored.texts.serialize(),
  }
}

/** Throws RangeError on damage (counts that disagree, refs past the end); the caller maps it. */
export function parseStoredFields(value: unknown, count: number): StoredFields {
  if (!isSerializedStoredFields(value)) throw new RangeError('stored fields have an unknown shape')
  const kinds = Uint8Array.from(decodeVarints(value.kinds, count))
  const typeRefs = decodeVarints(value.typeRefs, count)
  const titleRefs = decodeVarints(value.titleRefs, count)
  const sourceRefs = decodeVarints(value.sourceRefs, count)
  if (typeRefs.some((ref) => ref > value.types.length))
    throw new RangeError('type ref out of range')
  if (titleRefs.some((ref) => ref >= value.titleCount))
    throw new RangeError('title ref out of range')
  if (sourceRefs.some((ref) => ref > value.sourceIdCount))
    throw new RangeError('source ref out of range')
  return new StoredFields(
    kinds,
    Int32Array.from(decodeVarints(value.years, count), decodeOptional),
    Int32Array.from(decodeVarints(value.paragraphs, count), decodeOptional),
    typeRefs,
    value.types,
    titleRefs,
    parseStrings(value.titles, value.titleCount),
    sourceRefs,
    parseStrings(value.sourceIds, value.sourceIdCount),
    parseStrings(value.ids, count),
    parseStrings(value.aliases, count),
    parseStrings(value.namesEn, count),
    parseStrings(value.namesZh, count),
    parseStrings(value.texts, count),
  )
}

function isSerializedStoredFields(value: unknown): value is SerializedStoredFields {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    ['kinds', 'years', 'paragraphs', 'typeRefs', 'titleRefs', 'sourceRefs'].every(
      (key) => typeof record[key] === 'string',
    ) &&
    Array.isArray(record.types) &&
    record.types.every((type) => typeof type === 'string') &&
    typeof record.titleCount === 'number' &&
    typeof record.sourceIdCount === 'number' &&
    ['titles', 'sourceIds', 'ids', 'aliases', 'namesEn', 'namesZh', 'texts'].every((key) =>
      isSerializedStringColumn(record[key]),
    )
  )
}
