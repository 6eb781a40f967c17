import type { ComparisonGroup, ComparisonTable, GroupTotal } from '../../../../data/core/api-contract'
import { useApiResult } from '../../data/useApiResult'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { CitationLink } from '../entries/CitationLink'

/** The entries that stand for a group: their page shows the group's totals. */
export const GROUP_OF_ENTRY: Readonly<Record<string, ComparisonGroup>> = { apec: 'apec', asean: 'asean' }

/**
 * On the APEC and ASEAN entries: the members' population and GDP added up, as a share of the world,
 * with the years that were added; for ASEAN also each member's figures (three members are outside APEC).
 */
export function GroupTotals({ group }: { group: ComparisonGroup }) {
  const [table] = useApiResult(`comparison:${group}`, () => getEncyclopediaApi().getComparison({ group }))
  if (table.status !== 'ready') return null
  const strings = STRINGS.economy.group
  return (
    <section className="economy-section" aria-labelledby="group-totals-heading" data-group={group}>
      <h2 id="group-totals-heading" className="economy-section__title">
        {strings.heading[group]}
      </h2>
      <p className="economy-section__source">{STRINGS.economy.source}</p>
      <dl className="group-totals">
        {table.value.totals.map((total) => (
          <TotalItem key={total.key} total={total} />
        ))}
      </dl>
      <p className="economy-row__source">
        <CitationLink citation={table.value.citation} />
      </p>
      {group === 'asean' && <MemberTable table={table.value} />}
    </section>
  )
}

function TotalItem({ total }: { total: GroupTotal }) {
  const strings = STRINGS.economy.group
  const [only] = total.years
  return (
    <div className="group-totals__item" data-total-key={total.key}>
      <dt className="group-totals__label">{strings.total(total.label)}</dt>
      <dd className="group-totals__value">
        <strong>{total.display}</strong>
        {' — '}
        {total.share && total.world ? strings.share(total.share.display, total.world.display, total.world.year) : strings.noWorld}
        <span className="group-totals__method">
          {total.years.length === 1 && only
            ? strings.oneYear(only.year, only.members.length)
            : `${strings.mixedYears} ${total.years.map((item) => strings.yearMembers(item.year, item.members)).join('; ')}.`}
          {total.missing.length > 0 && ` ${strings.missing(total.missing)}`}
        </span>
      </dd>
    </div>
  )
}

const MEMBER_COLUMNS = ['population', 'gdp-ppp', 'gdp-official'] as const

function MemberTable({ table }: { table: ComparisonTable }) {
  const strings = STRINGS.economy.group
  const columns = MEMBER_COLUMNS.flatMap((key) => table.indicators.filter((indicator) => indicator.key === key))
  return (
    <>
      <table className="economy-table group-members">
        <caption className="economy-group__title">{strings.members}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.memberColumn}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} data-economy={row.id}>
              <th scope="row">
                {row.entryId ? <a href={routeHref({ name: 'entry', id: row.entryId })}>{row.title}</a> : row.title}
                {row.entryId === null && <span className="group-members__outside"> ({strings.notApec})</span>}
              </th>
              {columns.map((column) => {
                const value = row.values[column.key]
                return (
                  <td key={column.key}>
                    {value ? value.display : '—'}
                    {value?.note && <span className="economy-row__note"> ({value.note})</span>}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="group-members__note">{strings.asean}</p>
    </>
  )
}
