import type { EntryDocument, Fact } from '../../../../data/core/api-contract'
import { factBoxClipboard } from '../../../../data/core/export/sheet-clipboard'
import { CopyButton } from '../../components/CopyButton'
import { STRINGS } from '../../strings'
import { CitationLink } from './CitationLink'
import { formatAsOf, formatFactValue, groupFacts } from '../../../../data/core/sheet/fact-format'

/**
 * Key facts as a table; every value carries its source, and disagreeing sources are shown side by
 * side. "Sao chép" puts the table and its sources on the clipboard for a Word briefing.
 */
export function FactBox({ entry, facts }: { entry: EntryDocument; facts: readonly Fact[] }) {
  if (facts.length === 0) return null
  const rows = groupFacts(facts)
  return (
    <section className="fact-box" aria-labelledby="fact-box-title">
      <div className="fact-box__header">
        <h2 id="fact-box-title" className="fact-box__title">
          {STRINGS.entry.facts}
        </h2>
        <CopyButton
          className="button button--quiet fact-box__copy"
          content={() => factBoxClipboard(entry, facts)}
          label={STRINGS.copy.factsLabel}
          copied={STRINGS.copy.copiedFacts(entry.title)}
        />
      </div>
      <table className="fact-box__table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{STRINGS.entry.factLabel}</th>
            <th scope="col">{STRINGS.entry.factValue}</th>
            <th scope="col">{STRINGS.entry.factSource}</th>
          </tr>
        </thead>
        {rows.map((row, index) =>
          row.kind === 'fact' ? (
            <tbody key={index}>
              <FactRow claims={row.claims} />
            </tbody>
          ) : (
            <tbody key={index} className="fact-conflict" data-fact-key={row.key}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="fact-conflict__title">
                  {STRINGS.entry.conflict}
                  <span className="fact-conflict__note">{STRINGS.entry.conflictNote}</span>
                </th>
              </tr>
              {row.facts.map((fact, claim) => (
                <FactRow key={claim} claims={[fact]} />
              ))}
            </tbody>
          ),
        )}
      </table>
    </section>
  )
}

/** Up to this many characters a value (a name, a date, a place) is read at a glance: never broken. */
const GLANCE = 32

/** One row: the first claim's words, a citation for each source that gives them. */
function FactRow({ claims }: { claims: readonly [Fact, ...Fact[]] }) {
  const [fact] = claims
  const value = formatFactValue(fact.value, fact.valueKind)
  return (
    <tr className="fact" data-fact-key={fact.key}>
      <th scope="row" className="fact__label">
        {fact.label}
      </th>
      <td className="fact__value">
        <span className={value.length <= GLANCE ? 'fact__text fact__text--whole' : 'fact__text'}>{value}</span>
        {/* The space outside both spans, so the date may go to the next line as a whole. */}
        {fact.asOf && (
          <>
            {' '}
            <span className="fact__as-of">{formatAsOf(fact.asOf)}</span>
          </>
        )}
      </td>
      <td className="fact__source">
        {claims.map((claim, at) => (
          <CitationLink key={at} citation={claim.citation} />
        ))}
      </td>
    </tr>
  )
}
