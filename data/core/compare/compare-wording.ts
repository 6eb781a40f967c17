/**
 * The Vietnamese words of a printed comparison, in the core like SHEET_WORDING: the print view
 * (through STRINGS.compare), the .docx writer and the CLI all name the sheet and its parts so.
 */
export const COMPARE_WORDING = {
  groupTitle: { apec: 'các nền kinh tế APEC', asean: 'các nước thành viên ASEAN' },
  economy: 'Nền kinh tế',
  ascending: 'tăng dần',
  descending: 'giảm dần',
  columnNote: (note: string) => `(${note})`,
  cellNote: (note: string) => `(${note})`,
  missing: 'không có số liệu',
  highlight: 'Việt Nam được tô đậm.',
  outsideApec: 'không là thành viên APEC',
  chartTitle: (label: string) => `Biểu đồ: ${label}`,
  yearRule: 'Năm ghi ở tiêu đề cột là năm của phần lớn số liệu trong cột; số liệu của năm khác ghi năm ngay cạnh.',
  sheetTitle: (group: string) => `So sánh ${group}`,
  sheetKind: 'Bảng so sánh',
  sheetSubtitle: (sortedBy: string, direction: string) => `Xếp theo ${sortedBy}, ${direction}`,
  packTitle: (group: string, chart: string) => `So sánh ${group}: ${chart}`,
  sources: 'Nguồn',
} as const
