import type { SheetBlock } from '../../../../data/core/sheet/sheet-model'

/**
 * The cited paragraphs quoted in full under their source, for readers who must check the wording.
 * Quotes may break across pages between lines; the source they belong to heads them.
 */
export function SourceQuotes({ block }: { block: Extract<SheetBlock, { kind: 'quotes' }> }) {
  return (
    <div className="sheet-quotes">
      <p className="sheet-quotes__notice print-whole">{block.notice}</p>
      {block.sources.map((source) => (
        <div key={source.heading} className="sheet-quotes__source">
          <p className="sheet-quotes__title print-keep">{source.heading}</p>
          {source.none !== null && <p className="sheet-quotes__none print-whole">{source.none}</p>}
          {source.quotes.map((quote) => (
            <blockquote key={quote.label} className="sheet-quotes__quote print-lines" lang={quote.lang}>
              <span className="sheet-quotes__paragraph">{quote.label}</span> {quote.text}
            </blockquote>
          ))}
        </div>
      ))}
    </div>
  )
}
