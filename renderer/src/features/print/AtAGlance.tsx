import type { Fact } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { formatFactValue } from '../entries/fact-format'

/**
 * The line a reader takes in first, chosen per entry type (a meeting's date, place and host; an
 * economy's join date and host years). Several facts of one key share a label; repeats go.
 */
export function AtAGlance({ facts, keys }: { facts: readonly Fact[]; keys: readonly string[] }) {
  const items = keys.flatMap((key) => {
    const values = [...new Set(facts.filter((fact) => fact.key === key).map((fact) => formatFactValue(fact.value, fact.valueKind)))]
    const label = STRINGS.print.atAGlance[key]
    return values.length > 0 && label ? [{ key, label, value: values.join(', ') }] : []
  })
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
