import type { TimelineItem } from '../../../../data/core/fact-sheet'
import { formatDateValue } from '../entries/fact-format'
import { SourceRef } from './SourceRef'

/** The entry's dated facts, oldest first, one line each. */
export function SheetTimeline({ items, numbers }: { items: readonly TimelineItem[]; numbers: ReadonlyMap<string, number> }) {
  return (
    <ol className="sheet-timeline">
      {items.map((item, index) => (
        <li key={index} className="sheet-timeline__item print-whole">
          <span className="sheet-timeline__date">{formatDateValue(item.date)}</span>
          <span className="sheet-timeline__label">{item.fact.label}</span>
          <span className="sheet-timeline__source">
            <SourceRef citation={item.fact.citation} numbers={numbers} />
          </span>
        </li>
      ))}
    </ol>
  )
}
