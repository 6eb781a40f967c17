import { mkdir, mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErrorCode } from '../../../data/core/error-codes'
import { ERROR_MESSAGES_VI } from '../../../data/core/error-messages'
import { buildFolderPack } from '../../../data/pipeline/folder-pack'
import { buildShippedPack, writeTempFile } from '../../helpers/pack'
import { PACK_CHECK_WORKER_SOURCE } from '../../helpers/pack-check-worker'
import {
  ENDLESS_VIEW,
  packWithCorruptPage,
  shippedPackWith,
  truncatedPack,
} from '../../helpers/pack-fixtures'

const dialog = { showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) }
vi.mock('electron', () => ({ dialog }))

const { createPackSwitcher } = await import('../../../electron/main/open-pack')
const { createPackFolder, LAST_PACK_FILE } = await import('../../../electron/main/pack/pack-folder')
const { MAX_PACK_BYTES } = await import('../../../electron/main/pack/pack-file-probe')
const { APP_START_URL } = await import('../../../electron/main/app-url')

type Switcher = ReturnType<typeof createPackSwitcher>
type Window = Parameters<Switcher['openChosen']>[0]
type ActivatedPack = Parameters<Parameters<Switcher['openChosen']>[2]>[0]

const GENERATED_COPY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.sqlite$/

let shippedPack: string

beforeEach(async () => {
  dialog.showOpenDialog.mockReset()
  dialog.showMessageBox.mockClear()
  shippedPack ??= await writeTempFile('encyclopedia.sqlite', (await buildShippedPack()).bytes)
})

/** The app as these tests see it: a window, its own userData/packs folder, and what was activated. */
async function desktop(options: { checkTimeoutMs?: number; packsDir?: string } = {}) {
  const packsDir =
    options.packsDir ?? join(await mkdtemp(join(tmpdir(), 'apec-userdata-')), 'packs')
  const switcher = createPackSwitcher({
    shippedPack,
    folder: createPackFolder(packsDir),
    checkWorker: PACK_CHECK_WORKER_SOURCE,
    ...(options.checkTimeoutMs === undefined ? {} : { checkTimeoutMs: options.checkTimeoutMs }),
  })
  const window = { loadURL: vi.fn(async () => undefined) }
  const activated: ActivatedPack[] = []
  const activate = vi.fn((pack: ActivatedPack) => void activated.push(pack))
  return {
    packsDir,
    switcher,
    window,
    activate,
    activated,
    openChosen: (path: string) => switcher.openChosen(window as unknown as Window, path, activate),
    openShipped: () => switcher.openShipped(window as unknown as Window, activate),
    /** What is left in userData/packs ([] when the folder was never made). */
    packsFolder: () => readdir(packsDir).catch(() => [] as string[]),
  }
}

/** The last refusal dialog: its headline (the code's Vietnamese title) and its detail text. */
function lastRefusal(): { message: string; detail: string } {
  const call = dialog.showMessageBox.mock.calls.at(-1) as unknown as [
    unknown,
    { message: string; detail: string },
  ]
  return call[1]
}

/** How many sources the pack holds: 5 in the shipped pack, 1 in folderPack(), so a reader can tell them apart. */
async function sourcesIn(pack: ActivatedPack | undefined): Promise<number | null> {
  const info = await pack?.api.getPackInfo()
  return info?.ok ? info.value.counts.sources : null
}

/** A pack built by `catalog build-pack` from a folder holding one text file. */
async function folderPack(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'apec-folder-'))
  await writeFile(join(dir, 'hoi-nghi.txt'), 'Hội nghị thử\n\nĐoạn thứ nhất về hội nghị.\n')
  const out = join(dir, 'goi-cua-toi.sqlite')
  await buildFolderPack(dir, out)
  return out
}

async function goodPackNamed(name: string): Promise<string> {
  return writeTempFile(name, (await buildShippedPack()).bytes)
}

/** A path containing a ".." segment that still leads to a real, good pack. */
async function goodPackBehindDotDot(): Promise<string> {
  const dir = dirname(await goodPackNamed('goi-du-lieu.sqlite'))
  await mkdir(join(dir, 'thu-muc'))
  // Written by hand: join() would resolve the "..".
  return `${dir}/thu-muc/../goi-du-lieu.sqlite`
}

const refusals: {
  fixture: string
  code: ErrorCode
  detail: RegExp
  file: () => Promise<string>
}[] = [
  {
    fixture: 'a 0-byte file',
    code: 'pack-empty',
    detail: /0 bytes/,
    file: () => writeTempFile('rong.sqlite', new Uint8Array()),
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
    detail: /schema version 2, this app reads version 1/,
    file: async () => writeTempFile('v2.sqlite', await shippedPackWith('PRAGMA user_version = 2')),
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
    const box = lastRefusal()
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
    expect(lastRefusal().detail).toContain('bao-cao[U+202E]etilqs.exe')
    expect(lastRefusal().detail).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  })

  it(`refuses a file larger than ${MAX_PACK_BYTES / 1024 ** 3} GiB before reading or copying it`, async () => {
    const app = await desktop()
    const path = await writeTempFile('khong-lo.sqlite', new Uint8Array())
    await truncate(path, MAX_PACK_BYTES + 1) // sparse: no disk space used
    expect(await app.openChosen(path)).toBe('refused')
    expect(lastRefusal().message).toBe(ERROR_MESSAGES_VI['pack-too-large'].title)
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
      expect(lastRefusal().message).toBe(ERROR_MESSAGES_VI['pack-check-timeout'].title)
      expect(lastRefusal().detail).toContain('did not finish within 1 ms')
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

describe('File → "Mở gói dữ liệu...": a usable pack', () => {
  it('is asked for with the open dialog; cancelling changes nothing', async () => {
    const app = await desktop()
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await app.switcher.openFromDialog(app.window as unknown as Window, app.activate)).toBe(
      'cancelled',
    )
    expect(app.activate).not.toHaveBeenCalled()
    expect(await app.packsFolder()).toEqual([])
  })

  it('is copied into the app folder under a generated name, opened, and its home page shown', async () => {
    const app = await desktop()
    const path = await goodPackNamed('goi-cua-phong.sqlite')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    expect(await app.switcher.openFromDialog(app.window as unknown as Window, app.activate)).toBe(
      'opened',
    )
    expect(app.activate).toHaveBeenCalledOnce()
    expect(await sourcesIn(app.activated[0])).toBe(5)
    expect(app.window.loadURL).toHaveBeenCalledWith(APP_START_URL)
    const files = await app.packsFolder()
    const copies = files.filter((name) => name !== LAST_PACK_FILE)
    expect(copies).toHaveLength(1)
    expect(copies[0]).toMatch(GENERATED_COPY)
    expect(copies[0]).not.toContain(basename(path, '.sqlite'))
    expect(files).toContain(LAST_PACK_FILE)
  })

  it('opens a pack made by "catalog build-pack" from a folder', async () => {
    const app = await desktop()
    expect(await app.openChosen(await folderPack())).toBe('opened')
    expect(await sourcesIn(app.activated[0])).toBe(1)
  })

  it('is opened again by the next start, and only its copy is kept when another replaces it', async () => {
    const app = await desktop()
    expect(await app.openChosen(await goodPackNamed('thu-nhat.sqlite'))).toBe('opened')
    expect(await app.openChosen(await folderPack())).toBe('opened')
    expect((await app.packsFolder()).filter((name) => GENERATED_COPY.test(name))).toHaveLength(1)
    const restarted = await desktop({ packsDir: app.packsDir })
    expect(await sourcesIn(await restarted.switcher.openAtStart())).toBe(1)
  })
})

/** The start-up notice: which pack was dropped and why, shown once. */
async function expectToldWhyDropped(app: Awaited<ReturnType<typeof desktop>>, code: keyof typeof ERROR_MESSAGES_VI) {
  dialog.showMessageBox.mockClear()
  await app.switcher.tellWhyLastPackWasDropped(app.window as unknown as Window)
  await app.switcher.tellWhyLastPackWasDropped(app.window as unknown as Window)
  expect(dialog.showMessageBox).toHaveBeenCalledOnce()
  const [, options] = dialog.showMessageBox.mock.calls[0] as unknown as [unknown, { title: string; message: string; detail: string }]
  expect(options.title).toBe('Không mở lại được gói dữ liệu dùng lần trước')
  expect(options.message).toBe(ERROR_MESSAGES_VI[code].title)
  expect(options.detail).toContain('Ứng dụng đang dùng gói dữ liệu có sẵn.')
}

describe('the pack at start and "Dùng gói dữ liệu có sẵn"', () => {
  it('starts with the shipped pack when no pack was opened before', async () => {
    const app = await desktop()
    expect(await sourcesIn(await app.switcher.openAtStart())).toBe(5)
    await app.switcher.tellWhyLastPackWasDropped(app.window as unknown as Window)
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('falls back to the shipped pack when the remembered copy was removed', async () => {
    const app = await desktop()
    await app.openChosen(await folderPack())
    const copy = (await app.packsFolder()).find((name) => GENERATED_COPY.test(name))
    await rm(join(app.packsDir, copy ?? 'none'))
    const restarted = await desktop({ packsDir: app.packsDir })
    expect(await sourcesIn(await restarted.switcher.openAtStart())).toBe(5)
    expect(await restarted.packsFolder()).toEqual([])
    await expectToldWhyDropped(restarted, 'pack-missing')
  })

  it('falls back to the shipped pack when the remembered copy no longer opens', async () => {
    const app = await desktop()
    await app.openChosen(await folderPack())
    const copy = (await app.packsFolder()).find((name) => GENERATED_COPY.test(name))
    await writeFile(join(app.packsDir, copy ?? 'none'), 'không còn là gói dữ liệu')
    const restarted = await desktop({ packsDir: app.packsDir })
    expect(await sourcesIn(await restarted.switcher.openAtStart())).toBe(5)
    expect(await restarted.packsFolder()).toEqual([])
    await expectToldWhyDropped(restarted, 'pack-not-sqlite')
  })

  it('ignores a memory that points outside the app folder', async () => {
    const app = await desktop()
    await mkdir(app.packsDir, { recursive: true })
    await writeFile(
      join(app.packsDir, LAST_PACK_FILE),
      JSON.stringify({ file: `../../${basename(await folderPack())}` }),
    )
    expect(await sourcesIn(await app.switcher.openAtStart())).toBe(5)
  })

  it('"Dùng gói dữ liệu có sẵn" returns to the shipped pack, forgets the last one and removes its copy', async () => {
    const app = await desktop()
    await app.openChosen(await folderPack())
    expect(await app.openShipped()).toBe('opened')
    expect(await sourcesIn(app.activated[1])).toBe(5)
    expect(app.window.loadURL).toHaveBeenLastCalledWith(APP_START_URL)
    expect(await app.packsFolder()).toEqual([])
    const restarted = await desktop({ packsDir: app.packsDir })
    expect(await sourcesIn(await restarted.switcher.openAtStart())).toBe(5)
  })
})
