import { useRef } from 'react'
import type { PackInfo } from '../../../../data/core/api-contract'
import { mergeSheetSources } from '../../../../data/core/fact-sheet'
import { printedNotes } from '../../../../data/core/library/notes'
import { briefingClipboard } from '../../../../data/core/export/sheet-clipboard'
import { briefingItemSources, buildBriefingDocument } from '../../../../data/core/sheet/briefing-document'
import { formatPrintedOn } from '../../../../data/core/sheet/document-date'
import { routeHref } from '../../routing/routes'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { BriefingPack } from './BriefingPack'
import { EmptyPackNotice } from './EmptyPackNotice'
import { PackBackLink } from './PackBackLink'
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
  /** The stored pack printed (#/print/pack/<id>), or null for a pack given in the address (#/print/briefing?…). */
  storedId?: string | null
}

/**
 * The print preview of a briefing pack: toolbar, then the pack as A4 papers. It takes any pack
 * value, so the `#/print/briefing?…` address and the user's stored packs print the same way.
 */
export function BriefingPackPage({ pack, preset, packInfo, storedId = null }: BriefingPackPageProps) {
  const title = pack.title || STRINGS.print.pack.untitled
  const empty = pack.entryIds.length === 0
  const [items, retry] = usePackEntries(pack.entryIds)
  usePageTitle(empty ? STRINGS.print.pack.emptyTitle : STRINGS.print.pageTitle(title))
  usePrintFooter(STRINGS.print.footer(STRINGS.appName, packInfo.version))
  if (empty) return <EmptyPackNotice storedId={storedId} title={title} />
  if (items.status === 'loading') return <Loading />
  if (items.status === 'failed') return <ErrorScreen error={items.error} onRetry={retry} />
  const presetHref = (option: PrintPreset) =>
    routeHref(storedId !== null ? { name: 'print-pack', id: storedId, preset: option } : { name: 'print-briefing', pack, preset: option })
  return (
    <PackPreview
      key={preset}
      pack={pack}
      preset={preset}
      title={title}
      items={items.value}
      packVersion={packInfo.version}
      presetHref={presetHref}
      storedId={storedId}
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
  storedId,
}: Omit<BriefingPackPageProps, 'packInfo'> & {
  title: string
  items: PackItem[]
  packVersion: string
  presetHref: (preset: PrintPreset) => string
  storedId: string | null
}) {
  const preview = useRef<HTMLDivElement>(null)
  const sources = mergeSheetSources(items.map(briefingItemSources))
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
  const sheets = items.filter((item) => item.kind !== 'missing').length
  return (
    <div className="print-page">
      <PrintToolbar
        title={title}
        pages={total}
        pageCount={STRINGS.print.pack.pageCount}
        summary={total === null || !paperPages ? null : packSummary(preset, sheets, sources.length > 0, paperPages, total)}
        word={() => briefingWord(briefing, packVersion)}
        copy={{ content: () => briefingClipboard(briefing), label: STRINGS.copy.packLabel, copied: STRINGS.copy.copiedPack(title) }}
      >
        <PackBackLink storedId={storedId} />
        <PresetChooser preset={preset} hrefFor={presetHref} of="pack" />
      </PrintToolbar>
      <div className="print-preview" ref={preview} role="region" aria-label={STRINGS.print.preview} data-layout={total === null ? 'measuring' : 'ready'}>
        <BriefingPack document={briefing} paperPages={documents ? paperPages : null} />
      </div>
    </div>
  )
}

/**
 * What the preset means for this pack and what the whole prints as: "Mẫu “Mỗi hồ sơ 1 trang”: mỗi
 * hồ sơ gọn trong một trang. Cả gói gồm trang bìa, mục lục, 3 hồ sơ và danh mục nguồn: 6 trang."
 */
function packSummary(preset: PrintPreset, sheets: number, hasSources: boolean, paperPages: readonly number[], total: number): string {
  const strings = STRINGS.print.pack
  // Papers: cover, contents, the sheets, the source list; a "one page" sheet that runs over is said, not hidden.
  const longSheets = preset === 'full' ? 0 : paperPages.slice(2, 2 + sheets).filter((pages) => pages > 1).length
  return [
    strings.presetLine(strings.presetNames[preset], strings.presetMeaning[preset]),
    strings.composition(sheets, hasSources, total),
    longSheets > 0 ? strings.longSheets(longSheets) : '',
  ]
    .filter(Boolean)
    .join(' ')
}
