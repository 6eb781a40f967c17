import type { Citation, EntryDocument, Fact, SourceKind } from './api-contract'

/** A dated fact of the entry, as a line of the sheet's timeline. */
export interface TimelineItem {
  /** The fact's value: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string
  fact: Fact
}

/** A source a sheet cites, listed once with every paragraph cited from it, in ascending order. */
export interface SheetSource {
  sourceId: string
  title: string
  publisher: string
  kind: SourceKind
  paragraphs: number[]
}

const DATED_KINDS: ReadonlySet<Fact['valueKind']> = new Set(['year', 'month', 'date'])

/**
 * The entry's dated facts, oldest first. "2017" sorts before "2017-11" as it should (a year is
 * read as its start), and facts with the same date keep the order the entry gives them.
 */
export function sheetTimeline(facts: readonly Fact[]): TimelineItem[] {
  return facts
    .filter((fact) => DATED_KINDS.has(fact.valueKind))
    .map((fact) => ({ date: fact.value, fact }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** Every source the entry rests on (its facts, then its body), in order of first use. */
export function sheetSources(entry: Pick<EntryDocument, 'facts' | 'bodyCitations'>): SheetSource[] {
  return collectSources([...entry.facts.map((fact) => fact.citation), ...entry.bodyCitations])
}

/** One list for several sheets (a briefing pack): each source once, with the paragraphs cited by any of them. */
export function mergeSheetSources(lists: readonly (readonly SheetSource[])[]): SheetSource[] {
  const citations: Citation[] = []
  for (const list of lists) {
    for (const source of list) {
      const base = { sourceId: source.sourceId, sourceTitle: source.title, sourcePublisher: source.publisher, sourceKind: source.kind }
      citations.push({ ...base, paragraph: null })
      for (const paragraph of source.paragraphs) citations.push({ ...base, paragraph })
    }
  }
  return collectSources(citations)
}

/** The number each source goes by on a sheet ("[2], đoạn 1"), counted from 1 in list order. */
export function sourceNumbers(sources: readonly SheetSource[]): ReadonlyMap<string, number> {
  return new Map(sources.map((source, index) => [source.sourceId, index + 1]))
}

function collectSources(citations: readonly Citation[]): SheetSource[] {
  const bySource = new Map<string, SheetSource>()
  for (const citation of citations) {
    let source = bySource.get(citation.sourceId)
    if (!source) {
      source = {
        sourceId: citation.sourceId,
        title: citation.sourceTitle,
        publisher: citation.sourcePublisher,
        kind: citation.sourceKind,
        paragraphs: [],
      }
      bySource.set(citation.sourceId, source)
    }
    if (citation.paragraph !== null && !source.paragraphs.includes(citation.paragraph)) {
      source.paragraphs.push(citation.paragraph)
    }
  }
  const sources = [...bySource.values()]
  for (const source of sources) source.paragraphs.sort((a, b) => a - b)
  return sources
}
