import { SHEET_WORDING } from '../../../data/core/sheet/sheet-wording'

/**
 * Fact sheets, briefing-pack printing and the print preview. What a printed sheet says is shared
 * with the Word export and the CLI, so it lives in the core (SHEET_WORDING) and is reached here.
 */
export const PRINT_STRINGS = {
  print: {
    entryLink: 'In / Xuất PDF',
    pageTitle: (title: string) => `Bản in: ${title}`,
    toolbar: 'Công cụ in',
    backToEntry: '← Về mục từ',
    presets: 'Mẫu in',
    presetNames: { 'one-page': '1 trang', full: 'Đầy đủ', 'with-sources': 'Kèm nguồn' },
    presetHints: {
      'one-page': 'Hồ sơ tóm tắt: dữ kiện, mốc thời gian, mục từ liên quan và nguồn',
      full: 'Hồ sơ kèm toàn bộ nội dung mục từ',
      'with-sources': 'Hồ sơ kèm nguyên văn các đoạn nguồn được trích',
    },
    print: 'In...',
    savePdf: 'Lưu PDF',
    saving: 'Đang tạo PDF…',
    saved: (path: string) => `Đã lưu PDF vào ${path}`,
    saveCancelled: 'Đã hủy lưu PDF, không có tệp nào được ghi.',
    exportWord: 'Xuất Word...',
    exportingWord: 'Đang tạo tệp Word…',
    savedWord: (path: string) => `Đã lưu tệp Word vào ${path}`,
    downloadedWord: (name: string) => `Đã tải về tệp Word ${name}`,
    exportWordCancelled: 'Đã hủy xuất Word, không có tệp nào được ghi.',
    exportWordHint: 'Tệp .docx mở được trong Word và LibreOffice, với bảng dữ kiện, nguồn và số trang.',
    webHint:
      'Muốn có tệp PDF: bấm “In...” rồi chọn đích “Lưu dưới dạng PDF” (Save as PDF) trong hộp thoại in của trình duyệt.',
    layingOut: 'Đang dàn trang…',
    pageCount: (pages: number) => `Khổ A4 · ${pages} trang`,
    preview: 'Xem trước bản in',
    printedOn: SHEET_WORDING.printedOn,
    documentDate: SHEET_WORDING.documentDate,
    footer: SHEET_WORDING.footer,
    sheetKinds: SHEET_WORDING.sheetKinds,
    /** Labels of the "at a glance" line, by fact key; several facts of one key share a label. */
    atAGlance: SHEET_WORDING.atAGlance,
    sections: SHEET_WORDING.sections,
    names: SHEET_WORDING.names,
    aliases: SHEET_WORDING.aliases,
    backlinks: SHEET_WORDING.sections.backlinks,
    factColumns: SHEET_WORDING.factColumns,
    sourceRef: SHEET_WORDING.sourceRef,
    noteSee: SHEET_WORDING.noteSee,
    paragraph: SHEET_WORDING.paragraph,
    paragraphs: SHEET_WORDING.paragraphs,
    reference: SHEET_WORDING.reference,
    quoteParagraph: SHEET_WORDING.quoteParagraph,
    quoteNotice: SHEET_WORDING.quoteNotice,
    referenceNoText: SHEET_WORDING.referenceNoText,
    sourceMissing: SHEET_WORDING.sourceMissing,
    pack: SHEET_WORDING.pack,
  },
} as const
