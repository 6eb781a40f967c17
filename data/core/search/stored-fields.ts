import { CatalogError } from '../error-codes'
import { narrowBytes, type UintArray } from './byte-arrays'
import type { IndexParts } from './index-parts'
import type { LazyParts } from './lazy-parts'
import type { SearchDocument } from './search-options'
import { stringColumn, type StringColumn } from './string-column'

/**
 * What a search hit shows and what filters read, per document, as columns read on first use:
 * narrow typed arrays for the numbers a filter checks on every candidate, joined strings for the
 * text read only for the few documents shown. Titles, source ids and types repeat across passages
 * and are kept once.
 *
 * A passage's text is not in the index of a pack: the pack's paragraphs table holds it already,
 * and a second copy would double the pack. The catalog hands a reader of that table to the index
 * it loads; an index built in memory (tests, tools) keeps the texts itself.
 */

export const KIND_ENTRY = 0
export const KIND_PASSAGE = 1
/** Years and paragraph numbers that a document does not have. */
export const NO_NUMBER = -0x80000000

/** A passage's text, from wherever the pack keeps it. */
export type PassageText = (sourceId: string, paragraph: number) => string

/** What the header says of the stored fields. */
export interface StoredCounts {
  documentCount: number
  /** Documents that are entries (a pack built from a folder has none). */
  entryCount: number
  titleCount: number
  sourceIdCount: number
  /** Entry types, in the order typeRefs point into (1-based). */
  types: string[]
  /** Years are stored as year − yearBase + 1, 0 for none; paragraphs likewise. */
  yearBase: number
  paragraphBase: number
}

export class StoredFields {
  constructor(
    private readonly parts: LazyParts,
    private readonly counts: StoredCounts,
    private readonly passageText: PassageText | null,
  ) {}

  get count(): number {
    return this.counts.documentCount
  }

  get entryCount(): number {
    return this.counts.entryCount
  }

  /** Sources the passages belong to (sourceRefs run from 1 to this). */
  get sourceCount(): number {
    return this.counts.sourceIdCount
  }

  get types(): readonly string[] {
    return this.counts.types
  }

  /** KIND_ENTRY or KIND_PASSAGE per document. */
  get kinds(): UintArray {
    return this.parts.uints('doc.kinds', this.count)
  }

  /** 0 for none, else 1 + index in `sourceIds`. */
  get sourceRefs(): UintArray {
    return this.parts.uints('doc.sourceRefs', this.count)
  }

  /** 0 for none, else 1 + index in `types`. */
  get typeRefs(): UintArray {
    return this.parts.uints('doc.typeRefs', this.count)
  }

  get sourceIds(): StringColumn {
    return this.parts.strings('sourceIds', this.counts.sourceIdCount)
  }

  private get titleRefs(): UintArray {
    return this.parts.uints('doc.titleRefs', this.count)
  }

  id(doc: number): string {
    const own = this.parts.strings('doc.ids', this.count).get(doc)
    if (own !== '' || this.kinds[doc] !== KIND_PASSAGE) return own
    return `${this.sourceId(doc) ?? ''}#${this.paragraph(doc) ?? ''}`
  }

  kind(doc: number): 'entry' | 'passage' {
    return this.kinds[doc] === KIND_PASSAGE ? 'passage' : 'entry'
  }

  title(doc: number): string {
    const ref = checkedRef(this.titleRefs[doc] ?? 0, Math.max(1, this.counts.titleCount), 'doc.titleRefs')
    return this.parts.strings('titles', this.counts.titleCount).get(ref)
  }

  type(doc: number): string | null {
    const ref = this.typeRefs[doc] ?? 0
    return ref === 0 ? null : (this.counts.types[ref - 1] ?? null)
  }

  /** The type's ref for a filter: -1 when no document has that type. */
  typeRef(type: string): number {
    const at = this.counts.types.indexOf(type)
    return at < 0 ? -1 : at + 1
  }

  /** The year, or NO_NUMBER: for the filters' per-candidate check. */
  yearOf(doc: number): number {
    const stored = this.parts.uints('doc.years', this.count)[doc] ?? 0
    return stored === 0 ? NO_NUMBER : stored - 1 + this.counts.yearBase
  }

  year(doc: number): number | null {
    const year = this.yearOf(doc)
    return year === NO_NUMBER ? null : year
  }

  paragraph(doc: number): number | null {
    const stored = this.parts.uints('doc.paragraphs', this.count)[doc] ?? 0
    return stored === 0 ? null : stored - 1 + this.counts.paragraphBase
  }

  sourceId(doc: number): string | null {
    const ref = checkedRef(this.sourceRefs[doc] ?? 0, this.counts.sourceIdCount + 1, 'doc.sourceRefs')
    return ref === 0 ? null : this.sourceIds.get(ref - 1)
  }

  aliasList(doc: number): string[] {
    const joined = this.parts.strings('doc.aliases', this.count).get(doc)
    return joined === '' ? [] : joined.split('\n')
  }

  nameEn(doc: number): string {
    return this.parts.strings('doc.namesEn', this.count).get(doc)
  }

  nameZh(doc: number): string {
    return this.parts.strings('doc.namesZh', this.count).get(doc)
  }

  text(doc: number): string {
    const own = this.parts.strings('doc.texts', this.count).get(doc)
    if (own !== '' || this.passageText === null || this.kinds[doc] !== KIND_PASSAGE) return own
    const sourceId = this.sourceId(doc)
    const paragraph = this.paragraph(doc)
    return sourceId === null || paragraph === null ? '' : this.passageText(sourceId, paragraph)
  }
}

/**
 * A reference into a table of `limit` rows, checked where it is read (the columns are not scanned
 * when loaded): past the table, the index is damaged.
 */
export function checkedRef(ref: number, limit: number, column: string): number {
  if (ref >= limit) throw new CatalogError('pack-corrupt', `search index part ${column} points past its table`)
  return ref
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

  constructor(
    /** False for a pack: its paragraphs table has the passages' texts (PassageText). */
    private readonly keepPassageTexts: boolean,
  ) {}

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
    // A passage without a source and paragraph could not be read back: it keeps its text.
    const readable = document.sourceId !== undefined && optionalInteger(document.paragraph) !== NO_NUMBER
    const keep = this.keepPassageTexts || document.kind !== 'passage' || !readable
    this.texts.push(keep ? document.text : '')
  }

  /** Writes the columns; returns what the header must say of them. */
  writeTo(parts: IndexParts): StoredCounts {
    const setNumbers = (name: string, values: readonly number[]) => {
      const bytes = narrowBytes(values)
      if (bytes !== null) parts.set(name, bytes)
    }
    const yearBase = baseOf(this.years)
    const paragraphBase = baseOf(this.paragraphs)
    setNumbers('doc.kinds', this.kinds)
    setNumbers('doc.years', this.years.map((year) => (year === NO_NUMBER ? 0 : year - yearBase + 1)))
    setNumbers('doc.paragraphs', this.paragraphs.map((paragraph) => (paragraph === NO_NUMBER ? 0 : paragraph - paragraphBase + 1)))
    setNumbers('doc.typeRefs', this.typeRefs)
    setNumbers('doc.titleRefs', this.titleRefs)
    setNumbers('doc.sourceRefs', this.sourceRefs)
    stringColumn([...this.titles.keys()]).writeTo(parts, 'titles')
    stringColumn([...this.sourceIds.keys()]).writeTo(parts, 'sourceIds')
    stringColumn(this.ids).writeTo(parts, 'doc.ids')
    stringColumn(this.aliases).writeTo(parts, 'doc.aliases')
    stringColumn(this.namesEn).writeTo(parts, 'doc.namesEn')
    stringColumn(this.namesZh).writeTo(parts, 'doc.namesZh')
    stringColumn(this.texts).writeTo(parts, 'doc.texts')
    return {
      documentCount: this.kinds.length,
      entryCount: this.kinds.filter((kind) => kind === KIND_ENTRY).length,
      titleCount: this.titles.size,
      sourceIdCount: this.sourceIds.size,
      types: [...this.types.keys()],
      yearBase,
      paragraphBase,
    }
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

/** Integers within ±2^30, so a stored value (value − base + 1) stays within 32 bits. */
function optionalInteger(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && Math.abs(value) < 0x40000000
    ? value
    : NO_NUMBER
}

/** The smallest value present, so every stored value is positive; 0 when none is below it. */
function baseOf(values: readonly number[]): number {
  let base = 0
  for (const value of values) if (value !== NO_NUMBER && value < base) base = value
  return base
}
