import type { SheetBlock } from '../../../../data/core/sheet/sheet-model'

/** Related entries by relation, as plain text: a printed link leads nowhere. */
export function SheetRelations({ block }: { block: Extract<SheetBlock, { kind: 'relations' }> }) {
  return (
    <dl className="sheet-relations">
      {block.groups.map(({ label, titles }) => (
        <div key={label} className="sheet-relations__group print-whole">
          <dt>{label}</dt>
          <dd>{titles.join('; ')}</dd>
        </div>
      ))}
    </dl>
  )
}
