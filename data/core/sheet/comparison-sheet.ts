import { comparisonTitle, compareChartModel, compareSheetModel, type CompareSheetCell, type CompareSheetModel } from '../compare/compare-sheet-model'
import type { ComparisonView } from '../compare/compare-view'
import { COMPARE_WORDING } from '../compare/compare-wording'
import type { ComparisonTable } from '../economy/comparison-types'
import type { SheetSource } from '../fact-sheet'
import type { ComparisonSheet } from './sheet-model'
import { SHEET_WORDING } from './sheet-wording'

/** A comparison's sheet, from the same table model the compare page prints. */
export function buildComparisonSheet(
  table: ComparisonTable,
  view: ComparisonView,
  options: { itemId: string; printedOn: string; inPack: boolean },
): ComparisonSheet {
  const chart = compareChartModel(table, view)
  return {
    kind: 'comparison',
    itemId: options.itemId,
    title: comparisonTitle(view.group, chart?.label ?? ''),
    kindLabel: COMPARE_WORDING.sheetKind,
    appName: SHEET_WORDING.appName,
    printedOn: options.printedOn,
    table: compareSheetModel(table, view),
    chart,
    inPack: options.inPack,
  }
}

/** The sources a comparison cites, for a pack's merged list: whole documents, no paragraphs. */
export function comparisonSources(model: CompareSheetModel): SheetSource[] {
  return model.sources.map((source) => ({ ...source, paragraphs: [] }))
}

/** A figure as the printed cell reads: "106,7 triệu người (ước tính 2023)", or "—" when the source has none. */
export function compareCellText(cell: CompareSheetCell): string {
  if (cell.display === null) return '—'
  return cell.note ? `${cell.display} ${COMPARE_WORDING.cellNote(cell.note)}` : cell.display
}

/** The sheet's own source line when it stands alone: "Nguồn: CIA World Factbook…. CIA (nguồn tham khảo)." */
export function comparisonSourcesLine(model: CompareSheetModel): { label: string; text: string } {
  const text = model.sources
    .map((source) => `${source.title}. ${source.publisher}${source.kind === 'reference' ? ` (${SHEET_WORDING.reference})` : ''}`)
    .join('; ')
  return { label: `${COMPARE_WORDING.sources}: `, text: `${text}.` }
}
