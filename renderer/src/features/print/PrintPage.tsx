import { useRef } from 'react'
import type { EntryDocument, PackInfo } from '../../../../data/core/api-contract'
import { sheetSources, sourceNumbers } from '../../../../data/core/fact-sheet'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { loadedTitle, usePageTitle } from '../../components/usePageTitle'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { STRINGS } from '../../strings'
import { FactSheet } from './FactSheet'
import { PresetChooser } from './PresetChooser'
import { PrintToolbar } from './PrintToolbar'
import { SheetSection } from './SheetSection'
import { SheetSources } from './SheetSources'
import { SourceQuotes } from './SourceQuotes'
import { formatPrintedOn } from './print-date'
import type { PrintPreset } from '../../routing/print-presets'
import { useCitedSources } from './useCitedSources'
import { usePaperPages } from './usePaperPages'
import { usePrintFooter } from './usePrintFooter'

/** `#/print/<id>`: the print preview of one entry's fact sheet, in the preset the URL names. */
export function PrintPage({ id, preset, pack }: { id: string; preset: PrintPreset; pack: PackInfo }) {
  const [entry, retry] = useApiResult(`entry:${id}`, () => getEncyclopediaApi().getEntry({ id }))
  usePageTitle(loadedTitle(entry, (value) => STRINGS.print.pageTitle(value.title)))
  usePrintFooter(STRINGS.print.footer(STRINGS.appName, pack.version))
  if (entry.status === 'loading') return <Loading />
  if (entry.status === 'failed') return <ErrorScreen error={entry.error} onRetry={retry} searchHint={id} />
  return <SheetPreview key={`${id}:${preset}`} entry={entry.value} preset={preset} />
}

function SheetPreview({ entry, preset }: { entry: EntryDocument; preset: PrintPreset }) {
  const preview = useRef<HTMLDivElement>(null)
  const sources = sheetSources(entry)
  const quoted = useCitedSources(preset === 'with-sources' ? sources : [])
  // A pack that cannot be read leaves the quotes out ("không đọc được") rather than the whole sheet.
  const documents = quoted.status === 'ready' ? quoted.value : quoted.status === 'failed' ? new Map<string, null>() : null
  const paperPages = usePaperPages(preview, `${entry.id}:${preset}:${quoted.status}`)
  const pages = documents ? (paperPages?.[0] ?? null) : null
  return (
    <div className="print-page">
      <PrintToolbar title={entry.title} pages={pages}>
        <a className="print-toolbar__back" href={routeHref({ name: 'entry', id: entry.id })}>
          {STRINGS.print.backToEntry}
        </a>
        <PresetChooser preset={preset} hrefFor={(option) => routeHref({ name: 'print', id: entry.id, preset: option })} />
      </PrintToolbar>
      <div
        className="print-preview"
        ref={preview}
        role="region"
        aria-label={STRINGS.print.preview}
        data-layout={pages === null ? 'measuring' : 'ready'}
      >
        <div className="print-paper">
          <FactSheet
            entry={entry}
            full={preset === 'full'}
            printedOn={formatPrintedOn(new Date())}
            numbers={sourceNumbers(sources)}
            titleLevel={1}
          >
            {sources.length > 0 && (
              <SheetSection level={2} title={STRINGS.print.sections.sources} className="sheet-section--sources">
                <SheetSources sources={sources} />
              </SheetSection>
            )}
            {preset === 'with-sources' && documents && sources.length > 0 && (
              <SheetSection level={2} title={STRINGS.print.sections.quotes} className="sheet-section--quotes">
                <SourceQuotes sources={sources} documents={documents} />
              </SheetSection>
            )}
          </FactSheet>
        </div>
      </div>
    </div>
  )
}
