import type { EntrySummary, RelationGroup } from '../../../../data/core/api-contract'
import type { EntryType } from '../../../../data/core/entry-types'
import { labelRelationGroups } from '../../../../data/core/relation-labels'
import { STRINGS } from '../../strings'
import { EntryLink } from './EntryLink'

/** Related entries under Vietnamese headings chosen by relation kind, direction and the types at both ends. */
export function RelationList({ entryType, groups }: { entryType: EntryType; groups: readonly RelationGroup[] }) {
  if (groups.length === 0) return null
  return (
    <section className="entry-section" aria-labelledby="entry-relations">
      <h2 id="entry-relations" className="section-title">
        {STRINGS.entry.relations}
      </h2>
      <dl className="relations">
        {labelRelationGroups(entryType, groups).map(({ label, entries }) => (
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
