import type { Fact } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { formatAsOf, formatFactValue } from '../entries/fact-format'

/**
 * The line a reader takes in first, chosen per entry type (a meeting's date, place and host; an
 * economy's join date and host years). A fact keeps its own label, so the line never says more
 * than the fact does; facts of one key with different labels ("… (Hà Nội)", "… (Đà Nẵng)") share
 * a plain one. Repeated values go.
 */
export function AtAGlance({ facts, keys }: { facts: readonly Fact[]; keys: readonly string[] }) {
  const items = keys.flatMap((key) => {
    const matching = facts.filter((fact) => fact.key === key)
    const labels = [...new Set(matching.map((fact) => fact.label))]
    const label = labels.length === 1 ? labels[0] : (STRINGS.print.atAGlance[key] ?? labels[0])
    const values = [...new Set(matching.map(glanceValue))]
    return label && values.length > 0 ? [{ key, label, value: values.join(', ') }] : []
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

function glanceValue(fact: Fact): string {
  const value = formatFactValue(fact.value, fact.valueKind)
  return fact.asOf ? `${value} ${formatAsOf(fact.asOf)}` : value
}
