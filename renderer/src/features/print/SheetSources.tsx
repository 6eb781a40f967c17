import type { SheetSource } from '../../../../data/core/fact-sheet'
import { STRINGS } from '../../strings'

/** The numbered source list a sheet or pack cites by "[n]": title, publisher and the paragraphs cited. */
export function SheetSources({ sources }: { sources: readonly SheetSource[] }) {
  return (
    <ol className="sheet-sources">
      {sources.map((source, index) => (
        <li key={source.sourceId} className="sheet-sources__item print-whole">
          <span className="sheet-sources__number">{STRINGS.print.sourceRef(index + 1)}</span>
          <span>
            <span className="sheet-sources__title">{source.title}</span>
            {'. '}
            {source.publisher}
            {source.kind === 'reference' ? ` (${STRINGS.print.reference})` : ''}
            {source.paragraphs.length > 0 && `: ${STRINGS.print.paragraphs(source.paragraphs)}`}.
          </span>
        </li>
      ))}
    </ol>
  )
}
