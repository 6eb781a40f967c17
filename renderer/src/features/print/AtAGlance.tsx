import type { GlanceItem } from '../../../../data/core/sheet/sheet-model'

/** The line a reader takes in first, chosen per entry type (a meeting's date, place and host). */
export function AtAGlance({ items }: { items: readonly GlanceItem[] }) {
  if (items.length === 0) return null
  return (
    <dl className="sheet-glance print-whole">
      {items.map((item) => (
        <div key={item.key} className="sheet-glance__item">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}
