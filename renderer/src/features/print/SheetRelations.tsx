import type { EntrySummary } from '../../../../data/core/api-contract'

/** Related entries by relation, as plain text: a printed link leads nowhere. */
export function SheetRelations({ groups }: { groups: readonly { label: string; entries: readonly EntrySummary[] }[] }) {
  return (
    <dl className="sheet-relations">
      {groups.map(({ label, entries }) => (
        <div key={label} className="sheet-relations__group print-whole">
          <dt>{label}</dt>
          <dd>{entries.map((entry) => entry.title).join('; ')}</dd>
        </div>
      ))}
    </dl>
  )
}
