import { useRef } from 'react'
import type { PackInfo } from '../../../../data/core/api-contract'
import { mergeSheetSources, sheetSources } from '../../../../data/core/fact-sheet'
import { printedNotes } from '../../../../data/core/library/notes'
import { buildBriefingDocument } from '../../../../data/core/sheet/briefing-document'
import { formatPrintedOn } from '../../../../data/core/sheet/document-date'
import { routeHref } from '../../routing/routes'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { BriefingPack } from './BriefingPack'
import { PresetChooser } from './PresetChooser'
import { PrintToolbar } from './PrintToolbar'
import type { PrintPreset } from '../../routing/print-presets'
import type { PrintablePack } from '../../routing/printable-pack'
import { useCitedSources } from './useCitedSources'
import { usePackEntries, type PackItem } from './usePackEntries'
import { usePaperPages } from './usePaperPages'
import { usePrintFooter } from './usePrintFooter'
import { useLibrary } from '../library/useLibrary'
import { briefingWord } from './word-export'

interface BriefingPackPageProps {
  pack: PrintablePack
  preset: PrintPreset
  packInfo: PackInfo
  /** Where each preset lives; by default the pack goes in the address (#/print/briefing?…). */
  presetHref?: (preset: PrintPreset) => string
}

/**
 * The print preview of a briefing pack: toolbar, then the pack as A4 papers. It takes any pack
 * value, so the `#/print/briefing?…` address and the user's stored packs print the same way.
 */
export function BriefingPackPage({ pack, preset, packInfo, presetHref }: BriefingPackPageProps) {
  const title = pack.title || STRINGS.print.pack.untitled
  const [items, retry] = usePackEntries(pack.entryIds)
  usePageTitle(STRINGS.print.pageTitle(title))
  usePrintFooter(STRINGS.print.footer(STRINGS.appName, packInfo.version))
  if (items.status === 'loading') return <Loading />
  if (items.status === 'failed') return <ErrorScreen error={items.error} onRetry={retry} />
  return (
    <PackPreview
      key={preset}
      pack={pack}
      preset={preset}
      title={title}
      items={items.value}
      packVersion={packInfo.version}
      presetHref={presetHref ?? ((option) => routeHref({ name: 'print-briefing', pack, preset: option }))}
    />
  )
}

function PackPreview({
  pack,
  preset,
  title,
  items,
  packVersion,
  presetHref,
}: Omit<BriefingPackPageProps, 'packInfo' | 'presetHref'> & {
  title: string
  items: PackItem[]
  packVersion: string
  presetHref: (preset: PrintPreset) => string
}) {
  const preview = useRef<HTMLDivElement>(null)
  const sources = mergeSheetSources(items.flatMap((item) => (item.entry ? [sheetSources(item.entry)] : [])))
  const quoted = useCitedSources(preset === 'with-sources' ? sources : [])
  const documents = quoted.status === 'ready' ? quoted.value : quoted.status === 'failed' ? new Map<string, null>() : null
  const paperPages = usePaperPages(preview, `${items.map((item) => item.id).join(',')}:${quoted.status}`)
  const total = documents && paperPages ? paperPages.reduce((sum, pages) => sum + pages, 0) : null
  const notes = printedNotes(useLibrary())
  // The one model of this pack: the preview below and "Xuất Word..." both render it.
  const briefing = buildBriefingDocument(
    { ...pack, items },
    { preset, packVersion, printedOn: formatPrintedOn(new Date()), notes, documents: preset === 'with-sources' ? documents : null },
  )
  return (
    <div className="print-page">
      <PrintToolbar title={title} pages={total} word={() => briefingWord(briefing, packVersion)}>
        <PresetChooser preset={preset} hrefFor={presetHref} />
      </PrintToolbar>
      <div className="print-preview" ref={preview} role="region" aria-label={STRINGS.print.preview} data-layout={total === null ? 'measuring' : 'ready'}>
        <BriefingPack document={briefing} paperPages={documents ? paperPages : null} />
      </div>
    </div>
  )
}
