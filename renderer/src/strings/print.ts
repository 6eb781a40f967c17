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
    sourceRefSeparator: SHEET_WORDING.sourceRefSeparator,
    noteSee: SHEET_WORDING.noteSee,
    paragraph: SHEET_WORDING.paragraph,
    paragraphs: SHEET_WORDING.paragraphs,
    reference: SHEET_WORDING.reference,
    quoteParagraph: SHEET_WORDING.quoteParagraph,
    quoteNotice: SHEET_WORDING.quoteNotice,
    referenceNoText: SHEET_WORDING.referenceNoText,
    sourceMissing: SHEET_WORDING.sourceMissing,
    pack: {
      ...SHEET_WORDING.pack,
      /** In a pack the presets say what happens to each sheet: "1 trang" beside "6 trang" read as a contradiction. */
      presetNames: { 'one-page': 'Mỗi hồ sơ 1 trang', full: 'Hồ sơ đầy đủ', 'with-sources': 'Hồ sơ kèm nguồn' },
      presetHints: {
        'one-page': 'Mỗi hồ sơ gọn trong một trang A4; cả gói còn có trang bìa, mục lục và danh mục nguồn',
        full: 'Mỗi hồ sơ kèm toàn bộ nội dung mục từ, có thể dài nhiều trang',
        'with-sources': 'Mỗi hồ sơ một trang; danh mục nguồn ở cuối gói kèm nguyên văn các đoạn được trích',
      },
      presetMeaning: {
        'one-page': 'mỗi hồ sơ gọn trong một trang.',
        full: 'mỗi hồ sơ kèm toàn văn mục từ nên có thể dài nhiều trang.',
        'with-sources': 'mỗi hồ sơ một trang; nguyên văn các đoạn nguồn được in trong danh mục nguồn ở cuối gói.',
      },
      pageCount: (pages: number) => `Cả gói: ${pages} trang A4`,
      composition: (sheets: number, hasSources: boolean, pages: number) =>
        `Cả gói gồm trang bìa, mục lục, ${sheets} hồ sơ${hasSources ? ' và danh mục nguồn' : ''}: ${pages} trang.`,
      longSheets: (count: number) => `${count} hồ sơ dài hơn một trang.`,
      presetLine: (preset: string, meaning: string) => `Mẫu “${preset}”: ${meaning}`,
      backToPack: '← Về gói tài liệu',
      back: '← Quay lại',
      allPacks: '← Gói tài liệu',
      emptyTitle: 'Gói tài liệu chưa có mục từ nào',
      emptyAddress:
        'Địa chỉ này không nêu mục từ nào, nên không có hồ sơ nào để in. Một gói tài liệu được soạn ở trang “Gói tài liệu”: tạo gói, thêm các mục từ, rồi bấm “In gói tài liệu”.',
      emptyAddressFormat: 'Địa chỉ của một gói in được nêu mã các mục từ, cách nhau bằng dấu phẩy, ví dụ:',
      emptyAddressExample: '#/print/briefing?title=Chuẩn bị APEC 2017&entries=viet-nam,apec-2017,csom-2017',
      makePack: 'Đến trang Gói tài liệu',
      emptyStored: (title: string) =>
        `Gói “${title}” chưa có mục từ nào, nên chưa có hồ sơ nào để in. Hãy mở một mục từ hoặc tìm kiếm, rồi bấm “Thêm vào gói tài liệu”.`,
    },
  },
} as const
