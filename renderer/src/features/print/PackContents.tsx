import { ownValue } from '../../../../data/core/library/id-records'
import { STRINGS } from '../../strings'
import type { PackItem } from './usePackEntries'

export interface ContentsLine {
  item: PackItem
  /** The page the entry's sheet starts on; null while the layout is being measured. */
  page: number | null
}

/**
 * The contents with the page each sheet starts on, dot leaders like a printed report. An entry
 * that is no longer in the data pack stays in its place with a warning, never silently dropped.
 */
export function PackContents({
  lines,
  titles,
  sources,
}: {
  lines: readonly ContentsLine[]
  titles: Readonly<Record<string, string>>
  /** The merged source list's line, when the pack has one. */
  sources: { page: number | null } | null
}) {
  return (
    <div className="pack-contents">
      <h2 className="pack-contents__title print-keep">{STRINGS.print.pack.contents}</h2>
      <ol className="pack-contents__list">
        {lines.map(({ item, page }, index) => (
          <li key={index} className="pack-contents__line print-whole" data-entry-id={item.id}>
            <span className="pack-contents__number">{index + 1}.</span>
            {item.entry ? (
              <>
                <span className="pack-contents__entry">
                  {item.entry.title}
                  <span className="pack-contents__kind"> · {STRINGS.print.sheetKinds[item.entry.type]}</span>
                </span>
                <span className="pack-contents__leader" aria-hidden="true" />
                <span className="pack-contents__page">{page ?? '…'}</span>
              </>
            ) : (
              <span className="pack-contents__entry pack-contents__entry--missing">
                <span className="pack-contents__flag" aria-hidden="true">
                  !
                </span>{' '}
                {ownValue(titles, item.id) ?? item.id}
                <span className="pack-contents__warning"> — {STRINGS.print.pack.missing}</span>
              </span>
            )}
          </li>
        ))}
        {sources && (
          <li className="pack-contents__line pack-contents__line--sources print-whole">
            <span className="pack-contents__number" />
            <span className="pack-contents__entry">{STRINGS.print.pack.sources}</span>
            <span className="pack-contents__leader" aria-hidden="true" />
            <span className="pack-contents__page">{sources.page ?? '…'}</span>
          </li>
        )}
      </ol>
    </div>
  )
}
