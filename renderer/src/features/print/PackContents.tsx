import type { BriefingDocument } from '../../../../data/core/sheet/sheet-model'

/**
 * The contents with the page each sheet starts on, dot leaders like a printed report. An entry
 * that is no longer in the data pack stays in its place with a warning, never silently dropped.
 */
export function PackContents({
  contents,
  pages,
  sourcesPage,
}: {
  contents: BriefingDocument['contents']
  /** The page each line's sheet starts on, by line number; empty while the layout is being measured. */
  pages: ReadonlyMap<number, number>
  sourcesPage: number | null
}) {
  return (
    <div className="pack-contents">
      <h2 className="pack-contents__title print-keep">{contents.title}</h2>
      <ol className="pack-contents__list">
        {contents.lines.map((line) => (
          <li key={line.number} className="pack-contents__line print-whole" data-entry-id={line.entryId}>
            <span className="pack-contents__number">{line.number}.</span>
            {line.kind === 'sheet' ? (
              <>
                <span className="pack-contents__entry">
                  {line.title}
                  <span className="pack-contents__kind"> · {line.kindLabel}</span>
                </span>
                <span className="pack-contents__leader" aria-hidden="true" />
                <span className="pack-contents__page">{pages.get(line.number) ?? '…'}</span>
              </>
            ) : (
              <span className="pack-contents__entry pack-contents__entry--missing">
                <span className="pack-contents__flag" aria-hidden="true">
                  !
                </span>{' '}
                {line.title}
                <span className="pack-contents__warning"> — {line.warning}</span>
              </span>
            )}
          </li>
        ))}
        {contents.sourcesLine && (
          <li className="pack-contents__line pack-contents__line--sources print-whole">
            <span className="pack-contents__number" />
            <span className="pack-contents__entry">{contents.sourcesLine}</span>
            <span className="pack-contents__leader" aria-hidden="true" />
            <span className="pack-contents__page">{sourcesPage ?? '…'}</span>
          </li>
        )}
      </ol>
    </div>
  )
}
