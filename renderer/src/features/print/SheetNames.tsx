import type { SheetBlock } from '../../../../data/core/sheet/sheet-model'

/** A term's names side by side in Vietnamese, English and Chinese, as a glossary card prints them. */
export function SheetNames({ block }: { block: Extract<SheetBlock, { kind: 'names' }> }) {
  return (
    <dl className="sheet-names print-whole">
      {block.names.map(({ lang, label, name }) => (
        <div key={lang} className="sheet-names__item">
          <dt>{label}</dt>
          <dd lang={lang}>{name}</dd>
        </div>
      ))}
    </dl>
  )
}
