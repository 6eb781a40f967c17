import { beforeAll, describe, expect, it } from 'vitest'
import type { Database } from 'sql.js'
import { technicalDetailVi } from '../../../data/core/error-details'
import { ERROR_CODES, type ErrorCode } from '../../../data/core/error-codes'
import { errorMessageVi } from '../../../data/core/error-messages'
import { openCatalog } from '../../../data/core/open-catalog'
import type { ApiError } from '../../../data/core/result'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'
import { openPackFile } from '../../../electron/main/pack-loader'
import { buildShippedPack, editedPackBytes, openShippedCatalog, writeTempFile } from '../../helpers/pack'

/** The codes a web edition can meet while fetching and opening its pack. */
const WEB_PACK_CODES: readonly ErrorCode[] = [
  'pack-missing',
  'pack-unreachable',
  'pack-empty',
  'pack-not-sqlite',
  'pack-truncated',
  'pack-corrupt',
  'pack-foreign',
  'pack-schema-mismatch',
  'pack-unsafe-schema',
]

/** Words of the core's English messages that must not reach a reader untranslated. */
const ENGLISH = /\b(the|file|pack|is|not|with|version|missing|empty|defines|holds|refused)\b/i

describe('error advice per platform', () => {
  it('never tells a web reader to reinstall or choose a pack: reload, and tell the site administrator', () => {
    for (const code of WEB_PACK_CODES) {
      const { advice } = errorMessageVi(code, 'web')
      expect(advice, code).not.toMatch(/cài đặt lại|chọn (một |đúng )?(gói|tệp)|cập nhật ứng dụng/i)
      expect(advice, code).toMatch(/tải lại trang/i)
      expect(advice, code).toMatch(/người quản trị trang web/i)
    }
  })

  it('tells a desktop reader to reinstall or choose another pack when the pack is missing', () => {
    expect(errorMessageVi('pack-missing', 'desktop').advice).toMatch(/cài đặt lại ứng dụng hoặc chọn một gói dữ liệu khác/)
    expect(errorMessageVi('pack-corrupt', 'desktop').advice).toMatch(/cài đặt lại ứng dụng/)
  })

  it('keeps one title per code on both platforms, and has a message for every code', () => {
    for (const code of ERROR_CODES) {
      expect(errorMessageVi(code, 'web').title, code).toBe(errorMessageVi(code, 'desktop').title)
      expect(errorMessageVi(code, 'web').advice.length, code).toBeGreaterThan(20)
    }
  })
})

describe('technical details in Vietnamese', () => {
  let shipped: Uint8Array
  let SQL: Awaited<ReturnType<typeof loadSqlJs>>

  beforeAll(async () => {
    shipped = (await buildShippedPack()).bytes
    SQL = await loadSqlJs()
  })

  /** The error the real core gives for `bytes`, as the web worker gets it. */
  const openError = (bytes: Uint8Array): ApiError => {
    const opened = openCatalog(bytes, (data) => new SQL.Database(data))
    if (opened.ok) throw new Error('the pack opened')
    return opened.error
  }
  const edited = (edit: (db: Database) => void) => editedPackBytes(edit).then(openError)

  it.each<[string, () => Promise<ApiError> | ApiError, RegExp]>([
    ['a 404 from the server', () => ({ code: 'pack-missing', message: 'http://127.0.0.1:5180/pack/encyclopedia.sqlite: HTTP 404' }), /^Máy chủ trả lời mã HTTP 404 khi tải http:\/\/127\.0\.0\.1:5180\/pack\/encyclopedia\.sqlite\.$/],
    ['no answer from the server', () => ({ code: 'pack-unreachable', message: 'http://127.0.0.1:5180/pack/encyclopedia.sqlite: TypeError: Failed to fetch' }), /^Không có phản hồi từ máy chủ khi tải http:\/\/127\.0\.0\.1:5180\/pack\/encyclopedia\.sqlite\.$/],
    ['an empty file', () => openError(new Uint8Array()), /0 byte/],
    ['a text file', () => openError(new TextEncoder().encode('Đây không phải cơ sở dữ liệu.\n'.repeat(10))), /không bắt đầu bằng phần đầu/],
    ['half a pack', () => openError(shipped.subarray(0, shipped.length / 2 + 7)), /không chia hết cho cỡ trang/],
    ['another schema version', () => edited((db) => db.run('PRAGMA user_version = 99')), /phiên bản 99; ứng dụng này đọc lược đồ phiên bản \d+\./],
    ['a view', () => edited((db) => db.run('CREATE VIEW sneaky AS SELECT 1')), /^Thành phần không được phép: khung nhìn \(view\) “sneaky”\.$/],
    ['a foreign table', () => edited((db) => db.run('CREATE TABLE extra (x)')), /^Thành phần không được phép: bảng “extra”\.$/],
    ['a missing table', () => edited((db) => db.run('DROP TABLE relations')), /^Gói dữ liệu thiếu các bảng: relations\.$/],
    ['no meta table', () => edited((db) => db.run('DROP TABLE meta')), /không có bảng meta/],
  ])('says what is wrong with %s in Vietnamese', async (_, make, expected) => {
    const error = await make()
    const detail = technicalDetailVi(error)
    expect(detail).toMatch(expected)
    expect(detail?.replace(/https?:\S+|“[^”]*”/g, '')).not.toMatch(ENGLISH)
  })

  it('reads the desktop app\'s messages too, which name the file first', async () => {
    const empty = await openPackFile(await writeTempFile('goi.sqlite', new Uint8Array()))
    const gone = await openPackFile('/khong/co/goi.sqlite')
    if (empty.ok || gone.ok) throw new Error('a pack opened')
    expect(technicalDetailVi(empty.error)).toMatch(/^Tệp \/.+\/goi\.sqlite: Tệp gói dữ liệu có dung lượng 0 byte\.$/)
    expect(technicalDetailVi(gone.error)).toBe('Không đọc được tệp /khong/co/goi.sqlite: không có tệp hoặc thư mục này (ENOENT).')
  })

  it('says which entry a stale address named', async () => {
    const catalog = await openShippedCatalog()
    let error: ApiError | null = null
    try {
      catalog.getEntry('apec-2031')
    } catch (thrown) {
      error = { code: 'not-found', message: (thrown as Error).message }
    }
    expect(technicalDetailVi(error ?? { code: 'internal', message: '' })).toBe('Không có mục từ mang mã “apec-2031” trong gói dữ liệu này.')
  })

  it('gives no translation for words it does not know, so the screen shows them as the original', () => {
    expect(technicalDetailVi({ code: 'internal', message: 'catalog worker failed: boom' })).toBeNull()
  })
})
