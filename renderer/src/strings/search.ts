type HitGroupName = 'entries' | 'passages'

const HIT_NOUNS: Record<HitGroupName, string> = { entries: 'mục từ', passages: 'đoạn' }

/** Vietnamese digit grouping: 12.345. */
const count = (value: number) => value.toLocaleString('vi-VN')

/** The search box, results, filters and find in page. */
export const SEARCH_STRINGS = {
  search: {
    region: 'Tìm kiếm',
    boxLabel: 'Tìm trong Bách khoa APEC',
    placeholder: 'Tìm mục từ, tài liệu… (Ctrl+K)',
    suggestions: 'Gợi ý mục từ',
    heading: 'Tìm kiếm',
    resultsFor: (query: string) => `Kết quả tìm kiếm cho “${query}”`,
    emptyQuery:
      'Gõ từ cần tìm vào ô tìm kiếm ở đầu trang (Ctrl+K hoặc phím /). Có dấu hay không dấu, tiếng Anh hay tiếng Trung đều được.',
    summary: (entries: number, passages: number) =>
      `${entries} mục từ, ${passages} đoạn trong tài liệu nguồn`,
    entries: 'Mục từ',
    passages: 'Đoạn trong tài liệu nguồn',
    groupCount: (shown: number, total: number) =>
      shown === total ? `${total}` : `${shown} / ${total}`,
    groupEmpty: 'Không có kết quả trong nhóm này.',
    shown: (shown: number, total: number, group: HitGroupName) =>
      `Đang hiện ${count(shown)} trên ${count(total)} ${HIT_NOUNS[group]}.`,
    allShown: (total: number, group: HitGroupName) => `Đã hiện đủ ${count(total)} ${HIT_NOUNS[group]}.`,
    more: (next: number, group: HitGroupName) => `Xem thêm ${count(next)} ${HIT_NOUNS[group]}`,
    loadingMore: 'Đang tải thêm…',
    moreFailed: 'Chưa tải thêm được, hãy bấm lại.',
    filters: 'Lọc kết quả tìm kiếm',
    type: 'Loại mục từ',
    allTypes: 'Tất cả các loại',
    from: 'Từ năm',
    to: 'Đến năm',
    apply: 'Lọc',
    reset: 'Bỏ lọc',
    year: (year: number) => `năm ${year}`,
    paragraph: (number: number) => `đoạn ${number}`,
    noResults: (query: string) => `Không tìm thấy kết quả nào cho “${query}”.`,
    noResultsAdvice: 'Thử gõ ít từ hơn, bỏ bộ lọc hoặc kiểm tra lại chính tả.',
    closest: 'Có phải bạn muốn tìm:',
    queryCut: (limit: number) =>
      `Truy vấn dài hơn ${limit} ký tự nên đã được cắt: chỉ ${limit} ký tự đầu được dùng để tìm.`,
    answer: {
      heading: 'Trả lời nhanh',
      /** The card's note: what it is, so no one reads it as the app's own words. */
      note: 'Dữ kiện có trích dẫn trong mục từ, đúng như mục từ ghi.',
      definitionNote: 'Tóm tắt của mục từ.',
      entry: 'Mục từ',
      openEntry: (title: string) => `Xem mục từ “${title}”`,
      /** The dropdown's line and the results page's announcement. */
      line: (values: string, label: string, entry: string) => `${values} — ${label} (${entry})`,
      definitionLine: (summary: string, entry: string) => `${entry}: ${summary}`,
      conflictLine: (values: string) => `các nguồn ghi khác nhau: ${values}`,
      announce: (line: string) => `Trả lời nhanh: ${line}.`,
    },
    find: {
      open: 'Tìm trong trang (Ctrl+F)',
      label: 'Tìm trong trang',
      placeholder: 'Tìm trong trang này',
      next: 'Kết quả sau (Enter)',
      previous: 'Kết quả trước (Shift+Enter)',
      close: 'Đóng (Esc)',
      count: (current: number, total: number) => `${current}/${total}`,
      none: 'Không thấy',
    },
  },
} as const
