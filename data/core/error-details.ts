import type { ErrorCode } from './error-codes'
import type { ApiError } from './result'

interface DetailRule {
  code: ErrorCode
  /** The shape of the message the core (or a shell) writes for this case; tested against the real writers. */
  shape: RegExp
  say(match: RegExpExecArray): string
}

/** Names quoted in a message (`view "x", table "y"`), said as they are: they are names, not words. */
const quotedObjects = (text: string) =>
  [...text.matchAll(/(table|index|view|trigger) "([^"]*)"/g)].map(([, type, name]) => `${OBJECT_TYPES[type ?? ''] ?? type} “${name}”`)

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'không có tệp hoặc thư mục này',
  EACCES: 'không có quyền đọc tệp',
  EISDIR: 'đây là một thư mục, không phải tệp',
  EPERM: 'hệ điều hành không cho phép đọc tệp',
  EBUSY: 'tệp đang bị một chương trình khác khóa',
}

const OBJECT_TYPES: Readonly<Record<string, string>> = { table: 'bảng', index: 'chỉ mục', view: 'khung nhìn (view)', trigger: 'trigger' }

/**
 * The core's messages are English, for editors and logs; a reader sees the same facts (an address,
 * a status, a size, the names at fault) in Vietnamese. Each rule reads one message shape.
 */
const RULES: readonly DetailRule[] = [
  { code: 'pack-missing', shape: /^(.+): HTTP (\d{3})$/, say: ([, url, status]) => `Máy chủ trả lời mã HTTP ${status} khi tải ${url}.` },
  // A file the desktop app could not read, by the system's error name.
  {
    code: 'pack-missing',
    shape: /^(.+?): (ENOENT|EACCES|EISDIR|EPERM|EBUSY)\b/,
    say: ([, path, name]) => `Không đọc được tệp ${path}: ${SYSTEM_ERRORS[name ?? ''] ?? ''} (${name}).`,
  },
  { code: 'pack-unreachable', shape: /^(\S+)(?:: .*)?$/s, say: ([, url]) => `Không có phản hồi từ máy chủ khi tải ${url}.` },
  { code: 'pack-empty', shape: /^the pack file is empty/, say: () => 'Tệp gói dữ liệu có dung lượng 0 byte.' },
  { code: 'pack-not-sqlite', shape: /^the file does not start with the SQLite header/, say: () => 'Tệp không bắt đầu bằng phần đầu của một cơ sở dữ liệu SQLite.' },
  {
    code: 'pack-truncated',
    shape: /^file size (\d+) is not a whole number of (\d+)-byte pages/,
    say: ([, size, page]) => `Tệp dài ${size} byte, không chia hết cho cỡ trang ${page} byte của SQLite: phần cuối tệp bị thiếu.`,
  },
  { code: 'pack-corrupt', shape: /^invalid page size (\d+)/, say: ([, size]) => `Phần đầu tệp ghi cỡ trang ${size} byte, một giá trị SQLite không dùng.` },
  { code: 'pack-corrupt', shape: /^SQLite refused the file: (.*)$/s, say: ([, reason]) => `SQLite không mở được tệp (SQLite báo: “${reason}”).` },
  { code: 'pack-corrupt', shape: /^SQLite failed while checking the pack: (.*)$/s, say: ([, reason]) => `SQLite gặp lỗi khi kiểm tra tệp (SQLite báo: “${reason}”).` },
  { code: 'pack-corrupt', shape: /^quick_check: (.*)$/s, say: ([, verdict]) => `Phép kiểm tra toàn vẹn quick_check của SQLite báo lỗi: “${verdict}”.` },
  { code: 'pack-corrupt', shape: /^the search index/, say: () => 'Chỉ mục tìm kiếm trong gói dữ liệu không đọc được.' },
  { code: 'pack-corrupt', shape: /^meta key "([^"]*)" is missing$/, say: ([, key]) => `Bảng meta thiếu khóa “${key}”.` },
  { code: 'pack-foreign', shape: /^the database has no meta table/, say: () => 'Cơ sở dữ liệu không có bảng meta của gói dữ liệu Bách khoa APEC.' },
  {
    code: 'pack-schema-mismatch',
    shape: /^pack schema version (\S+), this app reads version (\d+)$/,
    say: ([, found, wanted]) => `Gói dữ liệu có lược đồ phiên bản ${found}; ứng dụng này đọc lược đồ phiên bản ${wanted}.`,
  },
  { code: 'pack-schema-mismatch', shape: /^missing tables: (.*)$/, say: ([, tables]) => `Gói dữ liệu thiếu các bảng: ${tables}.` },
  { code: 'pack-unsafe-schema', shape: /^the pack (?:defines|holds) (.*)$/s, say: ([, objects]) => `Thành phần không được phép: ${quotedObjects(objects ?? '').join(', ')}.` },
  { code: 'not-found', shape: /^no entry with id "([^"]*)"$/, say: ([, id]) => `Không có mục từ mang mã “${id}” trong gói dữ liệu này.` },
  { code: 'not-found', shape: /^no source with id "([^"]*)"$/, say: ([, id]) => `Không có tài liệu nguồn mang mã “${id}” trong gói dữ liệu này.` },
]

/**
 * The technical detail of `error` in Vietnamese, or null when its message has no known shape (an
 * engine's own words): the screen then shows the code alone with the original text marked as such.
 */
export function technicalDetailVi(error: ApiError): string | null {
  const direct = describe(error.code, error.message)
  if (direct !== null) return direct
  // The desktop app names the file first ("C:\…\goi.sqlite: the pack file is empty (0 bytes)").
  for (let at = error.message.indexOf(': '); at > 0; at = error.message.indexOf(': ', at + 1)) {
    const detail = describe(error.code, error.message.slice(at + 2))
    if (detail !== null) return `Tệp ${error.message.slice(0, at)}: ${detail}`
  }
  return null
}

function describe(code: ErrorCode, message: string): string | null {
  for (const rule of RULES) {
    if (rule.code !== code) continue
    const match = rule.shape.exec(message)
    if (match) return rule.say(match)
  }
  return null
}
