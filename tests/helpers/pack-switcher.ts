import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { dialog } from 'electron'
import { type Mock, vi } from 'vitest'
import { buildFolderPack } from '../../data/pipeline/folder-pack'
import { createPackSwitcher } from '../../electron/main/open-pack'
import { createPackFolder } from '../../electron/main/pack/pack-folder'
import { buildShippedPack, writeTempFile } from './pack'
import { PACK_CHECK_WORKER_SOURCE } from './pack-check-worker'

/**
 * The desktop's pack switcher as the open-pack tests drive it. The test file mocks 'electron'
 * with a `dialog` of vi.fn()s before importing this module.
 */
type Switcher = ReturnType<typeof createPackSwitcher>
type Window = Parameters<Switcher['openChosen']>[0]
export type ActivatedPack = Parameters<Parameters<Switcher['openChosen']>[2]>[0]
export type DesktopUnderTest = Awaited<ReturnType<typeof desktop>>

/** The name a copy gets in userData/packs: a random UUID, never the user's file name. */
export const GENERATED_COPY =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.sqlite$/

let shippedPack: string | undefined

/** The mocked dialogs: cleared before each test by resetDialogs(). */
export const dialogMock = dialog as unknown as { showOpenDialog: Mock; showMessageBox: Mock }

export function resetDialogs(): void {
  dialogMock.showOpenDialog.mockReset()
  dialogMock.showMessageBox.mockClear()
}

/** The app as these tests see it: a window, its own userData/packs folder, and what was activated. */
export async function desktop(options: { checkTimeoutMs?: number; packsDir?: string } = {}) {
  shippedPack ??= await writeTempFile('encyclopedia.sqlite', (await buildShippedPack()).bytes)
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
    openFromDialog: () => switcher.openFromDialog(window as unknown as Window, activate),
    openChosen: (path: string) => switcher.openChosen(window as unknown as Window, path, activate),
    openShipped: () => switcher.openShipped(window as unknown as Window, activate),
    tellWhyLastPackWasDropped: () =>
      switcher.tellWhyLastPackWasDropped(window as unknown as Window),
    /** What is left in userData/packs ([] when the folder was never made). */
    packsFolder: () => readdir(packsDir).catch(() => [] as string[]),
  }
}

/** The last message box: its headline (the code's Vietnamese title), title and detail text. */
export function lastMessageBox(): { title: string; message: string; detail: string } {
  const call = dialogMock.showMessageBox.mock.calls.at(-1) as unknown as [
    unknown,
    { title: string; message: string; detail: string },
  ]
  return call[1]
}

/** How many sources the pack holds: 5 in the shipped pack, 1 in folderPack(), so a reader can tell them apart. */
export async function sourcesIn(pack: ActivatedPack | undefined): Promise<number | null> {
  const info = await pack?.api.getPackInfo()
  return info?.ok ? info.value.counts.sources : null
}

/** A pack built by `catalog build-pack` from a folder holding one text file. */
export async function folderPack(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'apec-folder-'))
  // The pack goes beside the documents' folder: build-pack refuses to write inside --from.
  const docs = join(dir, 'tai-lieu')
  await mkdir(docs)
  await writeFile(join(docs, 'hoi-nghi.txt'), 'Hội nghị thử\n\nĐoạn thứ nhất về hội nghị.\n')
  const out = join(dir, 'goi-cua-toi.sqlite')
  await buildFolderPack(docs, out)
  return out
}

export async function goodPackNamed(name: string): Promise<string> {
  return writeTempFile(name, (await buildShippedPack()).bytes)
}

/** A path containing a ".." segment that still leads to a real, good pack. */
export async function goodPackBehindDotDot(): Promise<string> {
  const dir = dirname(await goodPackNamed('goi-du-lieu.sqlite'))
  await mkdir(join(dir, 'thu-muc'))
  // Written by hand: join() would resolve the "..".
  return `${dir}/thu-muc/../goi-du-lieu.sqlite`
}
