import { useRef } from 'react'
import type { PackInfo } from '../../../../data/core/api-contract'
import type { ComparisonTable } from '../../../../data/core/economy/comparison-types'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import type { ComparisonView } from '../../routing/compare-view'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { PrintToolbar } from '../print/PrintToolbar'
import { formatPrintedOn } from '../../../../data/core/sheet/document-date'
import { buildComparisonSheet } from '../../../../data/core/sheet/comparison-sheet'
import { comparisonClipboard } from '../../../../data/core/export/sheet-clipboard'
import { comparisonItemId } from '../../routing/compare-view'
import { comparisonWord } from '../print/word-export'
import { usePaperPages } from '../print/usePaperPages'
import { usePrintFooter } from '../print/usePrintFooter'
import { CompareSheet, CompareSheetSources } from './CompareSheet'
import { useComparison } from './useComparison'

/** `#/print/compare?…`: the comparison on screen as one A4 landscape sheet, with the sources. */
export function ComparePrintPage({ view, packInfo }: { view: ComparisonView; packInfo: PackInfo }) {
  const [table, retry] = useComparison(view.group)
  usePageTitle(STRINGS.compare.printTitle)
  usePrintFooter(STRINGS.print.footer(STRINGS.appName, packInfo.version))
  if (table.status === 'loading') return <Loading />
  if (table.status === 'failed') return <ErrorScreen error={table.error} onRetry={retry} />
  return <ComparePreview table={table.value} view={view} packVersion={packInfo.version} />
}

function ComparePreview({ table, view, packVersion }: { table: ComparisonTable; view: ComparisonView; packVersion: string }) {
  const preview = useRef<HTMLDivElement>(null)
  // The one model of this sheet: the preview below, "Xuất Word..." and "Sao chép" all render it.
  const sheet = buildComparisonSheet(table, view, { itemId: comparisonItemId(view), printedOn: formatPrintedOn(new Date()), inPack: false })
  const model = sheet.table
  const paperPages = usePaperPages(preview, routeHref({ name: 'print-compare', view }))
  const pages = paperPages?.[0] ?? null
  return (
    <div className="print-page">
      <PrintToolbar
        title={model.title}
        pages={pages}
        pageCount={STRINGS.compare.pageCount}
        word={() => comparisonWord(sheet, packVersion)}
        copy={{ content: () => comparisonClipboard(sheet), label: STRINGS.copy.comparisonLabel, copied: STRINGS.copy.copiedComparison(model.title) }}
      >
        <a className="print-toolbar__back" href={routeHref({ name: 'compare', view })}>
          {STRINGS.compare.backToCompare}
        </a>
      </PrintToolbar>
      {/* Focusable: in a window narrower than the landscape paper the preview scrolls sideways, by keyboard too. */}
      <div
        className="print-preview"
        ref={preview}
        role="region"
        aria-label={STRINGS.print.preview}
        tabIndex={0}
        data-layout={pages === null ? 'measuring' : 'ready'}
      >
        <div className="print-paper print-paper--landscape" data-orientation="landscape">
          <CompareSheet model={model} chart={sheet.chart} printedOn={sheet.printedOn} titleLevel={1}>
            <CompareSheetSources model={model} />
          </CompareSheet>
        </div>
      </div>
    </div>
  )
}
