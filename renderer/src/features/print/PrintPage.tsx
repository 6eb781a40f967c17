import { useRef } from 'react'
import type { EntryDocument, PackInfo } from '../../../../data/core/api-contract'
import { sheetSources } from '../../../../data/core/fact-sheet'
import { ownValue } from '../../../../data/core/library/id-records'
import { printedNotes } from '../../../../data/core/library/notes'
import { formatPrintedOn } from '../../../../data/core/sheet/document-date'
import { sheetClipboard } from '../../../../data/core/export/sheet-clipboard'
import { buildEntrySheet } from '../../../../data/core/sheet/entry-sheet'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { loadedTitle, usePageTitle } from '../../components/usePageTitle'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { STRINGS } from '../../strings'
import { useLibrary } from '../library/useLibrary'
import { FactSheet } from './FactSheet'
import { PresetChooser } from './PresetChooser'
import { PrintToolbar } from './PrintToolbar'
import type { PrintPreset } from '../../routing/print-presets'
import { useCitedSources } from './useCitedSources'
import { usePaperPages } from './usePaperPages'
import { usePrintFooter } from './usePrintFooter'
import { entrySheetWord } from './word-export'

/** `#/print/<id>`: the print preview of one entry's fact sheet, in the preset the URL names. */
export function PrintPage({ id, preset, pack }: { id: string; preset: PrintPreset; pack: PackInfo }) {
  const [entry, retry] = useApiResult(`entry:${id}`, () => getEncyclopediaApi().getEntry({ id }))
  usePageTitle(loadedTitle(entry, (value) => STRINGS.print.pageTitle(value.title)))
  usePrintFooter(STRINGS.print.footer(STRINGS.appName, pack.version))
  if (entry.status === 'loading') return <Loading />
  if (entry.status === 'failed') return <ErrorScreen error={entry.error} onRetry={retry} searchHint={id} />
  return <SheetPreview key={`${id}:${preset}`} entry={entry.value} preset={preset} packVersion={pack.version} />
}

function SheetPreview({ entry, preset, packVersion }: { entry: EntryDocument; preset: PrintPreset; packVersion: string }) {
  const preview = useRef<HTMLDivElement>(null)
  const quoted = useCitedSources(preset === 'with-sources' ? sheetSources(entry) : [])
  // A pack that cannot be read leaves the quotes out ("không đọc được") rather than the whole sheet.
  const documents = quoted.status === 'ready' ? quoted.value : quoted.status === 'failed' ? new Map<string, null>() : null
  const note = ownValue(printedNotes(useLibrary()), entry.id) ?? null
  // The one model of this sheet: the preview below and "Xuất Word..." both render it.
  const sheet = buildEntrySheet(entry, { preset, printedOn: formatPrintedOn(new Date()), note, documents })
  const paperPages = usePaperPages(preview, `${entry.id}:${preset}:${quoted.status}`)
  const pages = documents ? (paperPages?.[0] ?? null) : null
  return (
    <div className="print-page">
      <PrintToolbar
        title={entry.title}
        pages={pages}
        word={() => entrySheetWord(sheet, packVersion)}
        copy={{ content: () => sheetClipboard(sheet), label: STRINGS.copy.sheetLabel, copied: STRINGS.copy.copiedSheet(sheet.title) }}
      >
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
          <FactSheet sheet={sheet} titleLevel={1} />
        </div>
      </div>
    </div>
  )
}
