import { COPY_STRINGS } from './strings/copy'
import { COMPARE_STRINGS } from './strings/compare'
import { ECONOMY_STRINGS } from './strings/economy'
import { HOME_STRINGS } from './strings/home'
import { LIBRARY_STRINGS } from './strings/library'
import { OVERVIEW_STRINGS } from './strings/overview'
import { PRINT_STRINGS } from './strings/print'
import { READING_STRINGS } from './strings/reading'
import { SEARCH_STRINGS } from './strings/search'
import { SOURCES_STRINGS } from './strings/sources'

/**
 * Every Vietnamese string of the interface: the app shell here, each area in strings/, all
 * reached as STRINGS.<section>.
 */
export const STRINGS = {
  appName: 'Bách khoa APEC',
  appTagline: 'Bách khoa toàn thư ngoại tuyến về APEC, ASEAN và ngoại giao khu vực của Việt Nam',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    sources: 'Tài liệu nguồn',
    entries: 'Mục từ',
    history: 'Lịch sử',
    members: 'Thành viên',
    timeline: 'Dòng thời gian',
    structure: 'Cơ cấu',
    glossary: 'Thuật ngữ',
    library: 'Thư viện',
    packs: 'Gói tài liệu',
    compare: 'So sánh',
    /** The menu of the pages that do not fit on the header's line. */
    more: 'Thêm',
    /** The same menu when none fit (200 % text on a small screen). */
    all: 'Danh mục',
  },
  loading: 'Đang tải…',
  skipToContent: 'Bỏ qua đến nội dung chính',

  toolbar: {
    label: 'Công cụ hiển thị',
    display: 'Hiển thị',
    back: 'Quay lại trang trước (Alt+←)',
    forward: 'Đi tới trang sau (Alt+→)',
    theme: 'Giao diện',
    themeLight: 'Sáng',
    themeDark: 'Tối',
    themeSystem: 'Theo hệ thống',
    zoom: 'Cỡ chữ',
    /** Names start with the visible label (A−, A+, 100%) so voice control users can say what they see. */
    zoomOut: 'A− thu nhỏ chữ',
    zoomIn: 'A+ phóng to chữ',
    zoomReset: (percent: number) => `${percent}% (bấm để về cỡ chữ mặc định)`,
  },
  dates: {
    published: (day: string, time: string | null) =>
      time ? `Đăng lúc ${time} ngày ${day}` : `Đăng ngày ${day}`,
    event: (date: string) => `Sự kiện ngày ${date}`,
    unknown: 'Không ghi ngày',
  },
  languageNames: { vi: 'Tiếng Việt', zh: 'Tiếng Trung', en: 'Tiếng Anh' } as Readonly<
    Record<string, string>
  >,
  errors: {
    retry: 'Thử lại',
    reload: 'Tải lại trang',
    goHome: 'Về trang chủ',
    technical: 'Chi tiết kỹ thuật',
    code: 'Mã lỗi',
    detail: 'Chi tiết',
    /** An engine's own words (SQLite, the browser), kept as they came for whoever fixes it. */
    original: 'Nguyên văn thông báo của hệ thống',
    notFoundPage: 'Không có trang này',
    notFoundAdvice: 'Địa chỉ trang không đúng hoặc đã cũ.',
    searchInstead: 'Hãy tìm nội dung bạn cần, hoặc về trang chủ.',
    searchLabel: 'Tìm trong Bách khoa APEC',
    search: 'Tìm',
  },
  menu: {
    addToPackNeedsEntry: 'Hãy mở một mục từ trước, rồi chọn “Thêm mục từ này vào gói...”.',
    exportWordNeedsSheet: 'Xuất Word dùng cho hồ sơ mục từ, bảng so sánh và gói tài liệu: hãy mở một mục từ, trang so sánh hoặc một gói tài liệu trước.',
    failed: (title: string, advice: string) => `${title}. ${advice}`,
  },
  ...HOME_STRINGS,
  ...SOURCES_STRINGS,
  ...READING_STRINGS,
  ...LIBRARY_STRINGS,
  ...OVERVIEW_STRINGS,
  ...SEARCH_STRINGS,
  ...PRINT_STRINGS,
  ...ECONOMY_STRINGS,
  ...COPY_STRINGS,
  ...COMPARE_STRINGS,
} as const
