import type { ListedSource } from '../../../../data/core/sheet/sheet-model'

/** The numbered source list a sheet or pack cites by "[n]": title, publisher and the paragraphs cited. */
export function SheetSources({ sources }: { sources: readonly ListedSource[] }) {
  return (
    <ol className="sheet-sources">
      {sources.map((source) => (
        <li key={source.sourceId} className="sheet-sources__item print-whole">
          <span className="sheet-sources__number">{source.mark}</span>
          <span>
            <span className="sheet-sources__title">{source.title}</span>. {source.details}
          </span>
        </li>
      ))}
    </ol>
  )
}
