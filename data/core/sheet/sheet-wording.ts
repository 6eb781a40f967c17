import type { EntryType } from '../entry-types'

/**
 * The Vietnamese words of a printed sheet, a briefing pack and their Word exports. They live in
 * the core, like the error messages, because every rendering of a sheet uses them: the print view
 * (through STRINGS.print), the .docx writer in the renderer and in the CLI, and the copied table.
 */
export const SHEET_WORDING = {
  appName: 'Bách khoa APEC',
  footer: (appName: string, version: string) => `${appName} · Gói dữ liệu ${version}`,
  /** The page counter after the footer; the fields fill in X and Y. */
  pageOf: { before: 'Trang ', between: '/' },
  printedOn: (date: string) => `In ${date}`,
  documentDate: (day: string, month: string, year: string) => `ngày ${day} tháng ${month} năm ${year}`,
  month: (month: number, year: string) => `tháng ${month}/${year}`,
  asOf: (date: string) => `(tính đến ${date})`,
  sheetKinds: {
    economy: 'Hồ sơ nền kinh tế',
    meeting: 'Hồ sơ hội nghị – sự kiện',
    body: 'Hồ sơ cơ quan APEC',
    organisation: 'Hồ sơ tổ chức',
    agreement: 'Hồ sơ hiệp định – sáng kiến',
    person: 'Hồ sơ nhân vật',
    term: 'Phiếu thuật ngữ',
    place: 'Hồ sơ địa danh',
    topic: 'Hồ sơ chủ đề',
  } satisfies Record<EntryType, string>,
  /** Labels of the "at a glance" line, by fact key; several facts of one key share a label. */
  atAGlance: {
    joined: 'Gia nhập APEC',
    hosted: 'Năm đăng cai APEC',
    date: 'Thời gian',
    place: 'Địa điểm',
    host: 'Chủ nhà',
    acronym: 'Viết tắt',
    established: 'Thành lập',
    founded: 'Thành lập',
    'first-held': 'Họp lần đầu',
    frequency: 'Định kỳ',
    headquarters: 'Trụ sở',
    members: 'Số thành viên',
    adopted: 'Thông qua',
    signed: 'Ký kết',
    launched: 'Khởi động',
    status: 'Tình trạng',
    role: 'Chức vụ',
    'apec-host-year': 'Năm APEC',
  } as Readonly<Record<string, string>>,
  sections: {
    names: 'Tên gọi',
    facts: 'Dữ kiện chính',
    timeline: 'Các mốc thời gian',
    relations: 'Mục từ liên quan',
    body: 'Nội dung',
    bodyNotes: 'Chú thích nội dung',
    backlinks: 'Được nhắc đến trong',
    sources: 'Nguồn',
    quotes: 'Trích đoạn nguồn',
    userNote: 'Ghi chú của người dùng',
  },
  names: { vi: 'Tiếng Việt', en: 'Tiếng Anh', zh: 'Tiếng Trung' },
  aliases: 'Còn gọi là',
  factColumns: { label: 'Dữ kiện', value: 'Giá trị', source: 'Nguồn' },
  conflict: 'Các nguồn ghi khác nhau',
  conflictNote: 'Các nguồn không thống nhất; mỗi cách ghi được nêu kèm nguồn của nó.',
  sourceRef: (number: number) => `[${number}]`,
  /** Between the sources of one fact: "[1]; [2], đoạn 5" (a comma would read as "[1] and [2], both at đoạn 5"). */
  sourceRefSeparator: '; ',
  noteSee: 'xem nguồn',
  paragraph: (number: number) => `đoạn ${number}`,
  paragraphs: (numbers: readonly number[]) =>
    numbers.length === 1 ? `đoạn ${numbers[0]}` : `các đoạn ${numbers.join(', ')}`,
  reference: 'nguồn tham khảo',
  quoteParagraph: (number: number) => `Đoạn ${number}`,
  quoteNotice: 'Nguyên văn các đoạn được trích, không phải lời của Bách khoa APEC.',
  referenceNoText: 'Nguồn tham khảo bên ngoài: gói dữ liệu không chứa văn bản để trích.',
  sourceMissing: 'Không đọc được tài liệu này trong gói dữ liệu.',
  /** An economy's "Chỉ số chính" (World Factbook figures). */
  economy: {
    indicators: 'Chỉ số chính',
    /** The section heading names its one source: every figure of the block is the Factbook's. */
    heading: (ref: string) => (ref ? `Chỉ số chính (nguồn ${ref})` : 'Chỉ số chính'),
    /** Shorter labels for the sheet's two columns; the entry page gives the full ones. */
    labels: {
      capital: 'Thủ đô',
      population: 'Dân số',
      area: 'Diện tích',
      'gdp-official': 'GDP (tỷ giá chính thức)',
      'gdp-ppp': 'GDP (PPP)',
      'gdp-per-capita-ppp': 'GDP/người (PPP)',
      'gdp-growth': 'Tăng trưởng GDP',
      inflation: 'Lạm phát',
      unemployment: 'Thất nghiệp',
      exports: 'Xuất khẩu',
      imports: 'Nhập khẩu',
    } as Readonly<Record<string, string>>,
    partners: 'Đối tác thương mại lớn nhất',
    exports: 'Xuất khẩu sang',
    imports: 'Nhập khẩu từ',
  },
  pack: {
    label: 'Gói tài liệu',
    untitled: 'Gói tài liệu chưa đặt tên',
    meeting: 'Hội nghị',
    date: 'Ngày',
    sheets: 'Số hồ sơ',
    note: 'Ghi chú',
    contents: 'Mục lục',
    missing: 'Mục từ này không còn trong gói dữ liệu hiện tại; không có hồ sơ để in.',
    sources: 'Danh mục nguồn',
    sourcesIntro: 'Mỗi tài liệu được liệt kê một lần, kèm mọi đoạn được trích trong các hồ sơ của gói.',
    seeSources: (page: number | null) =>
      page === null
        ? 'Nguồn: xem Danh mục nguồn ở cuối gói.'
        : `Nguồn: xem Danh mục nguồn ở cuối gói (trang ${page}).`,
    /** The same in Word, around the page field Word fills in: "… (trang " 6 ")." */
    seeSourcesField: { before: 'Nguồn: xem Danh mục nguồn ở cuối gói (trang ', after: ').' },
  },
} as const
