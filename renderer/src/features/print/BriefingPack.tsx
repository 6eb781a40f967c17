import type { BriefingDocument } from '../../../../data/core/sheet/sheet-model'
import { STRINGS } from '../../strings'
import { CompareSheet } from '../compare/CompareSheet'
import { FactSheet } from './FactSheet'
import { PackContents } from './PackContents'
import { PackCover } from './PackCover'
import { SheetSources } from './SheetSources'
import { SourceQuotes } from './SourceQuotes'
import { startPages } from './page-breaks'

/**
 * A whole briefing pack as papers, each starting a new printed page: the cover, the contents with
 * the page each sheet starts on, one fact sheet per entry (a comparison: one landscape sheet), and
 * one source list for all of them.
 * `paperPages` are the printed pages of each paper as measured; null until then.
 */
export function BriefingPack({ document, paperPages }: { document: BriefingDocument; paperPages: readonly number[] | null }) {
  // Papers in order: cover, contents, the sheets, then the source list.
  const starts = paperPages ? startPages(paperPages) : null
  const sheetLines = document.contents.lines.filter((line) => line.kind === 'sheet')
  const pages = new Map<number, number>()
  sheetLines.forEach((line, order) => {
    const start = starts?.[2 + order]
    if (start !== undefined) pages.set(line.number, start)
  })
  const sourcesPage = starts?.[2 + document.sheets.length] ?? null
  return (
    <>
      <section className="print-paper print-paper--cover" aria-label={STRINGS.print.pack.label}>
        <PackCover cover={document.cover} />
      </section>
      <section className="print-paper" aria-label={STRINGS.print.pack.contents}>
        <PackContents contents={document.contents} pages={pages} sourcesPage={sourcesPage} />
      </section>
      {document.sheets.map((sheet, index) =>
        sheet.kind === 'entry' ? (
          <section key={index} className="print-paper" aria-label={sheet.title}>
            <FactSheet sheet={sheet} titleLevel={2} sourcesPage={sourcesPage} />
          </section>
        ) : (
          <section key={index} className="print-paper print-paper--landscape" data-orientation="landscape" aria-label={sheet.title}>
            <CompareSheet model={sheet.table} chart={sheet.chart} printedOn={sheet.printedOn} titleLevel={2}>
              <p className="sheet__see-sources print-whole">{STRINGS.print.pack.seeSources(sourcesPage)}</p>
            </CompareSheet>
          </section>
        ),
      )}
      {document.sources && (
        <section className="print-paper" aria-label={document.sources.title}>
          <div className="pack-sources">
            <h2 className="pack-sources__title print-keep">{document.sources.title}</h2>
            <p className="pack-sources__intro print-whole">{document.sources.intro}</p>
            <SheetSources sources={document.sources.list} />
            {document.sources.quotes && <SourceQuotes block={document.sources.quotes} />}
          </div>
        </section>
      )}
    </>
  )
}
