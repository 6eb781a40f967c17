import type { SourceDocument } from '../../../../data/core/api-contract'
import { sourceNumbers, type SheetSource } from '../../../../data/core/fact-sheet'
import { STRINGS } from '../../strings'
import { FactSheet } from './FactSheet'
import { PackContents } from './PackContents'
import { PackCover } from './PackCover'
import { SheetSources } from './SheetSources'
import { SourceQuotes } from './SourceQuotes'
import { startPages } from './page-breaks'
import type { PrintPreset } from '../../routing/print-presets'
import type { PrintablePack } from '../../routing/printable-pack'
import type { PackItem } from './usePackEntries'
import { comparisonItemTitle } from './comparison-item'
import { CompareSheet } from '../compare/CompareSheet'
import { compareChartModel, compareSheetModel } from '../compare/compare-sheet-model'

interface BriefingPackProps {
  pack: PrintablePack
  items: readonly PackItem[]
  preset: PrintPreset
  /** The one source list of the pack (mergeSheetSources of its sheets). */
  sources: readonly SheetSource[]
  /** The cited documents, for the "Kèm nguồn" preset's quotes; null for the other presets. */
  documents: ReadonlyMap<string, SourceDocument | null> | null
  packVersion: string
  printedOn: string
  /** Printed pages of each paper (cover, contents, sheets, sources) as measured; null until then. */
  paperPages: readonly number[] | null
}

/**
 * A whole briefing pack as papers, each starting a new printed page: the cover, the contents with
 * the page each sheet starts on, one fact sheet per entry (a comparison: one landscape sheet), and
 * one source list for all of them.
 */
export function BriefingPack({ pack, items, preset, sources, documents, packVersion, printedOn, paperPages }: BriefingPackProps) {
  const sheets = items.flatMap((item, index) => (item.kind === 'missing' ? [] : [{ index, item }]))
  const numbers = sourceNumbers(sources)
  // Papers in order: cover, contents, the sheets, then the source list.
  const starts = paperPages ? startPages(paperPages) : null
  const sheetPages = new Map(sheets.map((sheet, order) => [sheet.index, starts?.[2 + order] ?? null]))
  const sourcesPage = starts?.[2 + sheets.length] ?? null
  return (
    <>
      <section className="print-paper print-paper--cover" aria-label={STRINGS.print.pack.label}>
        <PackCover pack={pack} sheets={sheets.length} packVersion={packVersion} printedOn={printedOn} />
      </section>
      <section className="print-paper" aria-label={STRINGS.print.pack.contents}>
        <PackContents
          lines={items.map((item, index) => ({ item, page: sheetPages.get(index) ?? null }))}
          titles={pack.entryTitles}
          sources={sources.length > 0 ? { page: sourcesPage } : null}
        />
      </section>
      {sheets.map(({ index, item }) => {
        const seeSources = <p className="sheet__see-sources print-whole">{STRINGS.print.pack.seeSources(sourcesPage)}</p>
        return item.kind === 'entry' ? (
          <section key={index} className="print-paper" aria-label={item.entry.title}>
            <FactSheet entry={item.entry} full={preset === 'full'} printedOn={printedOn} numbers={numbers} titleLevel={2}>
              {seeSources}
            </FactSheet>
          </section>
        ) : (
          <section key={index} className="print-paper print-paper--landscape" data-orientation="landscape" aria-label={comparisonItemTitle(item)}>
            <CompareSheet model={compareSheetModel(item.table, item.view)} chart={compareChartModel(item.table, item.view)} printedOn={printedOn} titleLevel={2}>
              {seeSources}
            </CompareSheet>
          </section>
        )
      })}
      {sources.length > 0 && (
        <section className="print-paper" aria-label={STRINGS.print.pack.sources}>
          <div className="pack-sources">
            <h2 className="pack-sources__title print-keep">{STRINGS.print.pack.sources}</h2>
            <p className="pack-sources__intro print-whole">{STRINGS.print.pack.sourcesIntro}</p>
            <SheetSources sources={sources} />
            {documents && <SourceQuotes sources={sources} documents={documents} />}
          </div>
        </section>
      )}
    </>
  )
}
