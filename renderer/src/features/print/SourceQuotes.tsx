import type { SourceDocument } from '../../../../data/core/api-contract'
import type { SheetSource } from '../../../../data/core/fact-sheet'
import { STRINGS } from '../../strings'

/**
 * The cited paragraphs quoted in full under their source, for readers who must check the wording.
 * Quotes may break across pages between lines; the source they belong to heads them.
 */
export function SourceQuotes({
  sources,
  documents,
}: {
  sources: readonly SheetSource[]
  documents: ReadonlyMap<string, SourceDocument | null>
}) {
  return (
    <div className="sheet-quotes">
      <p className="sheet-quotes__notice print-whole">{STRINGS.print.quoteNotice}</p>
      {sources.map((source, index) => (
        <div key={source.sourceId} className="sheet-quotes__source">
          <p className="sheet-quotes__title print-keep">
            {STRINGS.print.sourceRef(index + 1)} {source.title}
          </p>
          <Quotes source={source} document={documents.get(source.sourceId)} />
        </div>
      ))}
    </div>
  )
}

function Quotes({ source, document }: { source: SheetSource; document: SourceDocument | null | undefined }) {
  if (source.kind === 'reference') return <p className="sheet-quotes__none print-whole">{STRINGS.print.referenceNoText}</p>
  if (!document) return <p className="sheet-quotes__none print-whole">{STRINGS.print.sourceMissing}</p>
  const cited = document.blocks.filter((block) => block.number !== null && source.paragraphs.includes(block.number))
  return (
    <>
      {cited.map((block) => (
        <blockquote key={block.position} className="sheet-quotes__quote print-lines" lang={block.lang}>
          <span className="sheet-quotes__paragraph">{STRINGS.print.quoteParagraph(block.number ?? 0)}</span> {block.text}
        </blockquote>
      ))}
    </>
  )
}
