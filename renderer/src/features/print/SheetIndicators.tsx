import type { SheetBlock } from '../../../../data/core/sheet/sheet-model'

/**
 * "Chỉ số chính" of an economy's sheet: the capital and about ten Factbook figures in two columns,
 * each with its own year, then the five largest export and import partners on a line each. The
 * section heading names the source, so the figures need no reference of their own.
 */
export function SheetIndicators({ block }: { block: Extract<SheetBlock, { kind: 'indicators' }> }) {
  return (
    <div className="sheet-indicators">
      <dl className="sheet-indicators__grid">
        {block.items.map((item) => (
          <div key={item.key} className="sheet-indicators__item print-whole" data-figure-key={item.key}>
            <dt>{item.label}</dt>
            <dd>
              <strong>{item.value}</strong>
              {item.note && <span className="sheet-indicators__note"> ({item.note})</span>}
            </dd>
          </div>
        ))}
      </dl>
      {block.partners.map((line) => (
        <p key={line.key} className="sheet-partners print-whole" data-partners={line.key}>
          <span className="sheet-partners__label">{line.label}:</span> {line.text}
        </p>
      ))}
    </div>
  )
}
