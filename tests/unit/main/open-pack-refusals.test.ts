import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, truncate } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErrorCode } from '../../../data/core/error-codes'
import { ERROR_MESSAGES_VI } from '../../../data/core/error-messages'
import { SCHEMA_VERSION } from '../../../data/core/schema'
import { MAX_PACK_BYTES } from '../../../data/core/pack-file-check'
import { writeTempFile } from '../../helpers/pack'
import {
  ENDLESS_VIEW,
  packWithCorruptPage,
  shippedPackWith,
  truncatedPack,
} from '../../helpers/pack-fixtures'
import {
  desktop,
  folderPack,
  goodPackBehindDotDot,
  goodPackNamed,
  lastMessageBox,
  resetDialogs,
  sourcesIn,
} from '../../helpers/pack-switcher'

const dialog = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
}))
vi.mock('electron', () => ({ dialog }))

beforeEach(resetDialogs)

const refusals: {
  fixture: string
  code: ErrorCode
  /** A pattern, or text the message must contain. */
  detail: RegExp | string
  file: () => Promise<string>
}[] = [
  {
    fixture: 'a 0-byte file',
    code: 'pack-empty',
    detail: /0 bytes/,
    file: () => writeTempFile('rong.sqlite', new Uint8Array()),
  },
  {
    fixture: 'a directory named like a pack',
    code: 'pack-not-file',
    detail: /a directory, not a file/,
    file: async () => {
      const path = join(await mkdtemp(join(tmpdir(), 'apec-test-')), 'thu-muc.sqlite')
      await mkdir(path)
      return path
    },
  },
  {
    // Read like a file, a FIFO with no writer never ends: the check must not open it.
    fixture: 'a FIFO',
    code: 'pack-not-file',
    detail: /not a regular file/,
    file: async () => {
      const path = join(await mkdtemp(join(tmpdir(), 'apec-test-')), 'ong-dan.sqlite')
      execFileSync('mkfifo', [path])
      return path
    },
  },
  {
    fixture: 'a text file',
    code: 'pack-not-sqlite',
    detail: /SQLite header/,
    file: () => writeTempFile('ghi-chu.sqlite', 'Ghi chú cuộc họp\n'.repeat(50)),
  },
  {
    fixture: 'a truncated pack',
    code: 'pack-truncated',
    detail: /declares \d+ pages/,
    file: async () => writeTempFile('cat-cut.sqlite', await truncatedPack()),
  },
  {
    fixture: 'a pack with a corrupt page',
    code: 'pack-corrupt',
    detail: /quick_check|malformed/,
    file: async () => writeTempFile('hong.sqlite', await packWithCorruptPage()),
  },
  {
    fixture: 'a pack with a view',
    code: 'pack-unsafe-schema',
    detail: /view "entry_titles"/,
    file: async () =>
      writeTempFile(
        'view.sqlite',
        await shippedPackWith('CREATE VIEW entry_titles AS SELECT title FROM entries'),
      ),
  },
  {
    fixture: 'a pack with a trigger',
    code: 'pack-unsafe-schema',
    detail: /trigger "wipe_entries"/,
    file: async () =>
      writeTempFile(
        'trigger.sqlite',
        await shippedPackWith(
          'CREATE TRIGGER wipe_entries AFTER INSERT ON meta BEGIN DELETE FROM entries; END',
        ),
      ),
  },
  {
    fixture: 'a pack with an endless recursive view',
    code: 'pack-unsafe-schema',
    detail: /view "loop"/,
    file: async () => writeTempFile('loop.sqlite', await shippedPackWith(ENDLESS_VIEW)),
  },
  {
    fixture: 'a pack whose "relations" table is an endless view',
    code: 'pack-unsafe-schema',
    detail: /view "relations"/,
    file: async () =>
      writeTempFile(
        'relations-view.sqlite',
        await shippedPackWith(
          'DROP TABLE relations; CREATE VIEW relations AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS from_id, n AS kind, n AS to_id, n AS position FROM r',
        ),
      ),
  },
  {
    fixture: 'a pack with a table of its own',
    code: 'pack-unsafe-schema',
    detail: /table "notes"/,
    file: async () =>
      writeTempFile('extra.sqlite', await shippedPackWith('CREATE TABLE notes (text TEXT)')),
  },
  {
    fixture: 'a pack of another schema version',
    code: 'pack-schema-mismatch',
    // One version ahead of the app's, whatever SCHEMA_VERSION is now.
    detail: `schema version ${SCHEMA_VERSION + 1}, this app reads version ${SCHEMA_VERSION}`,
    file: async () => writeTempFile('newer.sqlite', await shippedPackWith(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`)),
  },
  {
    fixture: 'a path with a ".." segment',
    code: 'pack-bad-name',
    detail: /“\.\.”/,
    file: goodPackBehindDotDot,
  },
  {
    fixture: 'the name CON',
    code: 'pack-bad-name',
    detail: /thiết bị CON/,
    file: () => goodPackNamed('CON.sqlite'),
  },
  {
    fixture: 'the name con.tar.sqlite (any extension)',
    code: 'pack-bad-name',
    detail: /thiết bị CON/,
    file: () => goodPackNamed('con.tar.sqlite'),
  },
  {
    fixture: 'the name LPT1',
    code: 'pack-bad-name',
    detail: /thiết bị LPT1/,
    file: () => goodPackNamed('LPT1.db'),
  },
  {
    fixture: 'a name with a trailing dot',
    code: 'pack-bad-name',
    detail: /kết thúc bằng dấu chấm/,
    file: () => goodPackNamed('goi-du-lieu.sqlite.'),
  },
  {
    fixture: 'a name with a trailing space',
    code: 'pack-bad-name',
    detail: /kết thúc bằng khoảng trắng/,
    file: () => goodPackNamed('goi-du-lieu.sqlite '),
  },
  {
    fixture: 'a name with a right-to-left override',
    code: 'pack-bad-name',
    detail: /hướng chữ U\+202E/,
    file: () => goodPackNamed('bao-cao\u202Eetilqs.exe'),
  },
  {
    fixture: 'a name with a bidi isolate',
    code: 'pack-bad-name',
    detail: /hướng chữ U\+2067/,
    file: () => goodPackNamed('goi\u2067du-lieu.sqlite'),
  },
  {
    fixture: 'a name with a control character',
    code: 'pack-bad-name',
    detail: /điều khiển U\+0007/,
    file: () => goodPackNamed('goi\u0007.sqlite'),
  },
]

describe('File → "Mở gói dữ liệu...": a pack that cannot be used is refused and the current pack kept', () => {
  it.each(refusals)('refuses $fixture with $code', async ({ code, detail, file }) => {
    const app = await desktop()
    const path = await file()
    expect(await app.openChosen(path)).toBe('refused')
    const box = lastMessageBox()
    expect(box.message).toBe(ERROR_MESSAGES_VI[code].title)
    expect(box.detail).toContain(ERROR_MESSAGES_VI[code].advice)
    expect(box.detail).toContain('Gói dữ liệu đang dùng vẫn được giữ nguyên')
    expect(box.detail).toMatch(detail)
    expect(app.activate).not.toHaveBeenCalled()
    expect(app.window.loadURL).not.toHaveBeenCalled()
    expect(await app.packsFolder()).toEqual([])
  })

  it('never shows a bidi character of the name in the dialog, only its code point', async () => {
    const app = await desktop()
    await app.openChosen(await goodPackNamed('bao-cao\u202Eetilqs.exe'))
    expect(lastMessageBox().detail).toContain('bao-cao[U+202E]etilqs.exe')
    expect(lastMessageBox().detail).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  })

  it(`refuses a file larger than ${MAX_PACK_BYTES / 1024 ** 3} GiB before reading or copying it`, async () => {
    const app = await desktop()
    const path = await writeTempFile('khong-lo.sqlite', new Uint8Array())
    await truncate(path, MAX_PACK_BYTES + 1) // sparse: no disk space used
    expect(await app.openChosen(path)).toBe('refused')
    expect(lastMessageBox().message).toBe(ERROR_MESSAGES_VI['pack-too-large'].title)
    expect(ERROR_MESSAGES_VI['pack-too-large'].advice).toContain(
      `${MAX_PACK_BYTES / 1024 ** 3} GiB`,
    )
    expect(app.activate).not.toHaveBeenCalled()
    expect(await app.packsFolder()).toEqual([])
  })

  it('stops a check that runs past its time limit: the worker is terminated and the copy deleted', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate')
    try {
      // 1 ms is far less than the real check of the real pack needs, so the limit is what ends it.
      const app = await desktop({ checkTimeoutMs: 1 })
      expect(await app.openChosen(await goodPackNamed('goi-du-lieu.sqlite'))).toBe('refused')
      expect(lastMessageBox().message).toBe(ERROR_MESSAGES_VI['pack-check-timeout'].title)
      expect(lastMessageBox().detail).toContain('did not finish within 1 ms')
      expect(terminate).toHaveBeenCalledOnce()
      expect(typeof (await terminate.mock.results[0]?.value)).toBe('number') // the thread's exit code
      expect(app.activate).not.toHaveBeenCalled()
      expect(await app.packsFolder()).toEqual([])
    } finally {
      terminate.mockRestore()
    }
  })

  it('keeps the pack opened earlier, in use and remembered, when a later one is refused', async () => {
    const app = await desktop()
    expect(await app.openChosen(await folderPack())).toBe('opened')
    const before = await app.packsFolder()
    expect(
      await app.openChosen(await writeTempFile('loop.sqlite', await shippedPackWith(ENDLESS_VIEW))),
    ).toBe('refused')
    expect(app.activate).toHaveBeenCalledOnce()
    expect(await app.packsFolder()).toEqual(before)
    const restarted = await desktop({ packsDir: app.packsDir })
    expect(await sourcesIn(await restarted.switcher.openAtStart())).toBe(1)
  })
})
