import { Fragment } from 'react'
import type { FactLine, SheetBlock } from '../../../../data/core/sheet/sheet-model'
import { STRINGS } from '../../strings'
import { SourceRef } from './SourceRef'

/**
 * The key facts as a ruled table with its header repeated on a new page; no row is ever split.
 * Claims the sources disagree on stay side by side under a note, as on the entry page.
 */
export function SheetFacts({ block }: { block: Extract<SheetBlock, { kind: 'facts' }> }) {
  return (
    <table className="sheet-facts">
      <thead>
        <tr>
          <th scope="col" className="sheet-facts__label">
            {block.columns.label}
          </th>
          <th scope="col">{block.columns.value}</th>
          <th scope="col" className="sheet-facts__source">
            {block.columns.source}
          </th>
        </tr>
      </thead>
      {block.rows.map((row, index) =>
        row.kind === 'fact' ? (
          <tbody key={index}>
            <FactRow fact={row.fact} />
          </tbody>
        ) : (
          <tbody key={index} className="sheet-facts__conflict">
            <tr className="print-keep">
              <th scope="rowgroup" colSpan={3} className="sheet-facts__conflict-note">
                {row.note}
              </th>
            </tr>
            {row.facts.map((fact, claim) => (
              <FactRow key={claim} fact={fact} />
            ))}
          </tbody>
        ),
      )}
    </table>
  )
}

function FactRow({ fact }: { fact: FactLine }) {
  return (
    <tr className="print-whole" data-fact-key={fact.key}>
      <th scope="row" className="sheet-facts__label">
        {fact.label}
      </th>
      <td>
        {fact.value}
        {fact.asOf && <span className="sheet-facts__as-of"> {fact.asOf}</span>}
      </td>
      <td className="sheet-facts__source">
        {fact.sources.map((mark, index) => (
          <Fragment key={index}>
            {index > 0 && STRINGS.print.sourceRefSeparator}
            <SourceRef mark={mark} />
          </Fragment>
        ))}
      </td>
    </tr>
  )
}
