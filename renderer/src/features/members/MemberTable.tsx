import { useState } from 'react'
import type { MemberEconomy } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { formatJoinMonth } from './format-join-month'

type SortKey = 'name' | 'joined'
interface Sort {
  key: SortKey
  ascending: boolean
}

const collator = new Intl.Collator('vi')

/** The members with join month, founding mark and host years; sortable by name or join date. */
export function MemberTable({ members }: { members: readonly MemberEconomy[] }) {
  const [sort, setSort] = useState<Sort>({ key: 'joined', ascending: true })
  const sorted = sortMembers(members, sort)
  const toggle = (key: SortKey) =>
    setSort((current) => (current.key === key ? { key, ascending: !current.ascending } : { key, ascending: true }))

  return (
    <table className="data-table member-table">
      <caption className="visually-hidden">{STRINGS.members.tableCaption}</caption>
      <thead>
        <tr>
          <SortableHeader label={STRINGS.members.name} column="name" sort={sort} onSort={toggle} />
          <th scope="col">{STRINGS.members.nameEn}</th>
          <SortableHeader label={STRINGS.members.joined} column="joined" sort={sort} onSort={toggle} />
          <th scope="col">{STRINGS.members.founding}</th>
          <th scope="col">{STRINGS.members.hosted}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((member) => (
          <tr key={member.entry.id} data-economy={member.entry.id}>
            <th scope="row">
              <a href={routeHref({ name: 'entry', id: member.entry.id })}>{member.entry.title}</a>
            </th>
            <td lang="en">{member.entry.nameEn ?? ''}</td>
            <td className="member-table__joined">
              {member.joined ? formatJoinMonth(member.joined) : STRINGS.members.unknownJoin}
            </td>
            <td className="member-table__founding">
              {member.founding && (
                <span className="founding-mark" title={STRINGS.members.foundingMark}>
                  <span aria-hidden="true">★ </span>
                  {STRINGS.members.foundingMark}
                </span>
              )}
            </td>
            <td className="member-table__hosted">
              {member.hostedYears.length > 0 ? (
                member.hostedYears.join(', ')
              ) : (
                <span className="muted">{STRINGS.members.notHosted}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function SortableHeader(props: { label: string; column: SortKey; sort: Sort; onSort: (key: SortKey) => void }) {
  const { label, column, sort, onSort } = props
  const active = sort.key === column
  return (
    <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        aria-label={STRINGS.members.sortBy(label.toLowerCase())}
        data-sort={column}
      >
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {active ? (sort.ascending ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}

export function sortMembers(members: readonly MemberEconomy[], sort: Sort): MemberEconomy[] {
  const direction = sort.ascending ? 1 : -1
  return [...members].sort((a, b) => {
    const byName = collator.compare(a.entry.title, b.entry.title)
    if (sort.key === 'name') return direction * byName
    const byJoin = (a.joined ?? '9999').localeCompare(b.joined ?? '9999')
    return direction * byJoin || byName
  })
}
