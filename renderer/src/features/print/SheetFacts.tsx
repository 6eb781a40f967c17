import type { Fact } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { formatAsOf, formatFactValue, groupFacts } from '../entries/fact-format'
import { SourceRef } from './SourceRef'

/**
 * The key facts as a ruled table with its header repeated on a new page; no row is ever split.
 * Claims the sources disagree on stay side by side under a note, as on the entry page.
 */
export function SheetFacts({ facts, numbers }: { facts: readonly Fact[]; numbers: ReadonlyMap<string, number> }) {
  return (
    <table className="sheet-facts">
      <thead>
        <tr>
          <th scope="col" className="sheet-facts__label">
            {STRINGS.print.factColumns.label}
          </th>
          <th scope="col">{STRINGS.print.factColumns.value}</th>
          <th scope="col" className="sheet-facts__source">
            {STRINGS.print.factColumns.source}
          </th>
        </tr>
      </thead>
      {groupFacts(facts).map((row, index) =>
        row.kind === 'fact' ? (
          <tbody key={index}>
            <FactRow fact={row.fact} numbers={numbers} />
          </tbody>
        ) : (
          <tbody key={index} className="sheet-facts__conflict">
            <tr className="print-keep">
              <th scope="rowgroup" colSpan={3} className="sheet-facts__conflict-note">
                {STRINGS.entry.conflict}: {STRINGS.entry.conflictNote}
              </th>
            </tr>
            {row.facts.map((fact, claim) => (
              <FactRow key={claim} fact={fact} numbers={numbers} />
            ))}
          </tbody>
        ),
      )}
    </table>
  )
}

function FactRow({ fact, numbers }: { fact: Fact; numbers: ReadonlyMap<string, number> }) {
  return (
    <tr className="print-whole" data-fact-key={fact.key}>
      <th scope="row" className="sheet-facts__label">
        {fact.label}
      </th>
      <td>
        {formatFactValue(fact.value, fact.valueKind)}
        {fact.asOf && <span className="sheet-facts__as-of"> {formatAsOf(fact.asOf)}</span>}
      </td>
      <td className="sheet-facts__source">
        <SourceRef citation={fact.citation} numbers={numbers} />
      </td>
    </tr>
  )
}
