import type { Citation, SourceDocument } from '../api-contract'
import type { SheetSource } from '../fact-sheet'
import type { ListedSource, QuotedSource, SheetBlock, SourceMark } from './sheet-model'
import { SHEET_WORDING } from './sheet-wording'

const W = SHEET_WORDING

/** "[2], đoạn 1": the number of the source in the sheet's (or pack's) source list, and the paragraph. */
export function sourceMark(citation: Citation, numbers: ReadonlyMap<string, number>): SourceMark {
  return markOf(citation, citation.paragraph === null ? [] : [citation.paragraph], numbers)
}

/**
 * The marks of several citations of one value: one per source, its cited paragraphs together
 * ("[2], các đoạn 3, 5"), in the order of the source list; a source the list lacks comes last.
 */
export function sourceMarks(citations: readonly Citation[], numbers: ReadonlyMap<string, number>): SourceMark[] {
  const bySource = new Map<string, { citation: Citation; paragraphs: number[] }>()
  for (const citation of citations) {
    const cited = bySource.get(citation.sourceId) ?? { citation, paragraphs: [] }
    bySource.set(citation.sourceId, cited)
    if (citation.paragraph !== null && !cited.paragraphs.includes(citation.paragraph)) cited.paragraphs.push(citation.paragraph)
  }
  const order = (mark: SourceMark) => mark.number ?? Number.MAX_SAFE_INTEGER
  return [...bySource.values()]
    .map(({ citation, paragraphs }) => markOf(citation, [...paragraphs].sort((a, b) => a - b), numbers))
    .sort((a, b) => order(a) - order(b))
}

function markOf(citation: Citation, paragraphs: readonly number[], numbers: ReadonlyMap<string, number>): SourceMark {
  const number = numbers.get(citation.sourceId) ?? null
  const head = number === null ? citation.sourcePublisher : W.sourceRef(number)
  const text = paragraphs.length === 0 ? head : `${head}, ${W.paragraphs(paragraphs)}`
  return { number, text, title: citation.sourceTitle }
}

/** The numbered source list a sheet or pack cites by "[n]": title, publisher and the paragraphs cited. */
export function listSources(sources: readonly SheetSource[]): ListedSource[] {
  return sources.map((source, index) => {
    const reference = source.kind === 'reference' ? ` (${W.reference})` : ''
    const paragraphs = source.paragraphs.length > 0 ? `: ${W.paragraphs(source.paragraphs)}` : ''
    return {
      number: index + 1,
      sourceId: source.sourceId,
      mark: W.sourceRef(index + 1),
      title: source.title,
      details: `${source.publisher}${reference}${paragraphs}.`,
    }
  })
}

/**
 * The cited paragraphs quoted in full under their source, for readers who must check the wording;
 * a reference source has no text in the pack, and a document that cannot be read says so.
 */
export function quoteSources(
  sources: readonly SheetSource[],
  documents: ReadonlyMap<string, SourceDocument | null>,
): Extract<SheetBlock, { kind: 'quotes' }> {
  const quoted = sources.map((source, index): QuotedSource => {
    const heading = `${W.sourceRef(index + 1)} ${source.title}`
    if (source.kind === 'reference') return { heading, quotes: [], none: W.referenceNoText }
    const document = documents.get(source.sourceId)
    if (!document) return { heading, quotes: [], none: W.sourceMissing }
    const quotes = document.blocks
      .filter((block) => block.number !== null && source.paragraphs.includes(block.number))
      .map((block) => ({ label: W.quoteParagraph(block.number ?? 0), text: block.text, lang: block.lang }))
    return { heading, quotes, none: null }
  })
  return { kind: 'quotes', title: W.sections.quotes, notice: W.quoteNotice, sources: quoted }
}
