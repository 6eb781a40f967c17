import { describe, expect, it } from 'vitest'
import { formatDocumentDate, formatPackDate, formatPrintedOn } from '../../../../data/core/sheet/document-date'

describe('dates as Vietnamese documents write them', () => {
  it('puts a zero before days under 10 and before months 1 and 2 only', () => {
    expect(formatDocumentDate(2017, 11, 6)).toBe('ngày 06 tháng 11 năm 2017')
    expect(formatDocumentDate(2025, 2, 14)).toBe('ngày 14 tháng 02 năm 2025')
    expect(formatDocumentDate(2025, 3, 1)).toBe('ngày 01 tháng 3 năm 2025')
  })

  it('says when a sheet was printed, on the local calendar', () => {
    expect(formatPrintedOn(new Date(2026, 0, 5, 23, 59))).toBe('In ngày 05 tháng 01 năm 2026')
  })

  it('formats a pack date and leaves an empty one empty', () => {
    expect(formatPackDate('2017-11-10')).toBe('ngày 10 tháng 11 năm 2017')
    expect(formatPackDate('')).toBe('')
  })
})
