import { SHEET_WORDING } from './sheet-wording'

/**
 * Dates as Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP): "ngày 05
 * tháng 11 năm 2025", a zero before days under 10 and before months 1 and 2.
 */
export function formatDocumentDate(year: number, month: number, day: number): string {
  const dd = String(day).padStart(2, '0')
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month)
  return SHEET_WORDING.documentDate(dd, mm, String(year))
}

/** Today's date on the user's clock, for "In …". */
export function formatPrintedOn(now: Date): string {
  return SHEET_WORDING.printedOn(formatDocumentDate(now.getFullYear(), now.getMonth() + 1, now.getDate()))
}

/** A pack's "YYYY-MM-DD" date; "" stays "". */
export function formatPackDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day) return ''
  return formatDocumentDate(year, month, day)
}
