import type { SheetBlock } from '../../../../data/core/sheet/sheet-model'
import { SourceRef } from './SourceRef'

/** The entry's dated facts, oldest first, one line each. */
export function SheetTimeline({ block }: { block: Extract<SheetBlock, { kind: 'timeline' }> }) {
  return (
    <ol className="sheet-timeline">
      {block.items.map((item, index) => (
        <li key={index} className="sheet-timeline__item print-whole">
          <span className="sheet-timeline__date">{item.date}</span>
          <span className="sheet-timeline__label">{item.label}</span>
          <span className="sheet-timeline__source">
            <SourceRef mark={item.source} />
          </span>
        </li>
      ))}
    </ol>
  )
}
