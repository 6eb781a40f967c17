import type { EntrySummary, RelationGroup } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { EntryLink } from './EntryLink'

/** Related entries under a Vietnamese heading per relation kind and direction. */
export function RelationList({ groups }: { groups: readonly RelationGroup[] }) {
  if (groups.length === 0) return null
  return (
    <section className="entry-section" aria-labelledby="entry-relations">
      <h2 id="entry-relations" className="section-title">
        {STRINGS.entry.relations}
      </h2>
      <dl className="relations">
        {labelledGroups(groups).map(({ label, entries }) => (
          <div key={label} className="relations__group">
            <dt className="relations__label">{label}</dt>
            <dd className="relations__entries">
              <EntryInlineList entries={entries} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/**
 * Headings per group. Places inside a place (Đà Nẵng in Việt Nam) are split from the meetings held
 * there, because "Diễn ra tại đây" would be wrong for a city.
 */
export function labelledGroups(groups: readonly RelationGroup[]): { label: string; entries: EntrySummary[] }[] {
  return groups.flatMap((group) => {
    const label = STRINGS.relations[group.kind][group.direction]
    if (group.kind !== 'located-in' || group.direction !== 'incoming') return [{ label, entries: group.entries }]
    const places = group.entries.filter((entry) => entry.type === 'place')
    const others = group.entries.filter((entry) => entry.type !== 'place')
    return [
      { label, entries: others },
      { label: STRINGS.entry.locatedInPlaces, entries: places },
    ].filter((part) => part.entries.length > 0)
  })
}

export function EntryInlineList({ entries }: { entries: readonly EntrySummary[] }) {
  return (
    <ul className="inline-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <EntryLink entry={entry} />
        </li>
      ))}
    </ul>
  )
}
