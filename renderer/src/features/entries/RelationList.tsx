import type { EntrySummary, RelationGroup } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { EntryLink } from './EntryLink'
import { labelledGroups } from '../../../../data/core/sheet/fact-format'

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
