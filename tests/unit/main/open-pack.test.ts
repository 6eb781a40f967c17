import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ERROR_MESSAGES_VI } from '../../../data/core/error-messages'
import { APP_START_URL } from '../../../electron/main/app-url'
import { LAST_PACK_FILE } from '../../../electron/main/pack/pack-folder'
import {
  desktop,
  type DesktopUnderTest,
  folderPack,
  GENERATED_COPY,
  goodPackNamed,
  resetDialogs,
  sourcesIn,
} from '../../helpers/pack-switcher'

const dialog = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
}))
vi.mock('electron', () => ({ dialog }))

beforeEach(resetDialogs)

describe('File → "Mở gói dữ liệu...": a usable pack', () => {
  it('is asked for with the open dialog; cancelling changes nothing', async () => {
    const app = await desktop()
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await app.openFromDialog()).toBe('cancelled')
    expect(app.activate).not.toHaveBeenCalled()
    expect(await app.packsFolder()).toEqual([])
  })

  it('is copied into the app folder under a generated name, opened, and its home page shown', async () => {
    const app = await desktop()
    const path = await goodPackNamed('goi-cua-phong.sqlite')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    expect(await app.openFromDialog()).toBe('opened')
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
async function expectToldWhyDropped(app: DesktopUnderTest, code: keyof typeof ERROR_MESSAGES_VI) {
  dialog.showMessageBox.mockClear()
  await app.tellWhyLastPackWasDropped()
  await app.tellWhyLastPackWasDropped()
  expect(dialog.showMessageBox).toHaveBeenCalledOnce()
  const [, options] = dialog.showMessageBox.mock.calls[0] as unknown as [
    unknown,
    { title: string; message: string; detail: string },
  ]
  expect(options.title).toBe('Không mở lại được gói dữ liệu dùng lần trước')
  expect(options.message).toBe(ERROR_MESSAGES_VI[code].title)
  expect(options.detail).toContain('Ứng dụng đang dùng gói dữ liệu có sẵn.')
}

describe('the pack at start and "Dùng gói dữ liệu có sẵn"', () => {
  it('starts with the shipped pack when no pack was opened before', async () => {
    const app = await desktop()
    expect(await sourcesIn(await app.switcher.openAtStart())).toBe(5)
    await app.tellWhyLastPackWasDropped()
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
