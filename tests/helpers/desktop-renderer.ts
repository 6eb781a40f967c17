import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { API_METHODS, type ApiMethod, type EncyclopediaApi } from '../../data/core/api-contract'
import type { PageCommand } from '../../data/core/desktop-contract'
import { callApi } from '../../data/core/api-dispatch'
import { createCatalogApi } from '../../data/core/catalog-api'
import { WEB_META_CONTENT_SECURITY_POLICY } from '../../data/core/content-security-policy'
import { LIBRARY_CHANNELS, type SaveRequest } from '../../data/core/library/library-contract'
import { createEmptyLibrary, type LibraryDocument } from '../../data/core/library/library-schema'
import { fail, ok, type Result } from '../../data/core/result'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { DESKTOP_META_CONTENT_SECURITY_POLICY } from '../../electron/main/app-url'
import type { GuardedContext } from './browser'
import { openShippedCatalog } from './pack'
import { serveWebEdition, type RunningServer } from './web-edition'

/** The desktop build of the renderer (electron-vite), the one the Electron window loads. */
export const DESKTOP_RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer')

/**
 * Serves a copy of the desktop renderer over http. Its index.html names app://bundle as the only
 * origin in its CSP, which an http server is not, so the copy's meta tag says 'self' instead (the
 * server sends the same policy as a header); the desktop CSP itself is tested in app-protocol and
 * by Electronegativity.
 */
export async function serveDesktopRenderer(): Promise<RunningServer> {
  const index = join(DESKTOP_RENDERER_DIR, 'index.html')
  if (!existsSync(index)) {
    throw new Error(`${DESKTOP_RENDERER_DIR} has no desktop renderer: run "npm run build" first (npm test does)`)
  }
  const copy = await mkdtemp(join(tmpdir(), 'apec-desktop-renderer-'))
  await cp(DESKTOP_RENDERER_DIR, copy, { recursive: true })
  const html = await readFile(index, 'utf8')
  if (!html.includes(DESKTOP_META_CONTENT_SECURITY_POLICY)) throw new Error(`${index} does not carry the desktop CSP`)
  await writeFile(join(copy, 'index.html'), html.replace(DESKTOP_META_CONTENT_SECURITY_POLICY, WEB_META_CONTENT_SECURITY_POLICY))
  return serveWebEdition(copy)
}

/** What the page asked of the desktop-only bridges, as main would have received it. */
export interface DesktopCalls {
  print: number
  savePdf: unknown[]
  /** Each "Xuất Word..." as main receives it: the suggested name and the .docx bytes. */
  saveDocx: { fileName: string; data: Uint8Array }[]
  /** The library as last saved through window.library.save. */
  library: LibraryDocument
}

export interface DesktopPage {
  page: Page
  calls: DesktopCalls
  /** What main does when the user picks a menu item: sends the command to the page. */
  menu(command: PageCommand): Promise<void>
}

/**
 * Electron cannot be launched here, so the desktop renderer runs in Chromium with the preload's
 * four bridges played by the test: window.encyclopedia answered by the real catalog (or by
 * `encyclopedia`, say an API over a pack that could not be opened), window.library
 * kept in memory, window.desktopPrint recorded, and window.desktopMenu driven by `menu()`.
 */
export async function openDesktopPage(
  guarded: GuardedContext,
  { encyclopedia }: { encyclopedia?: EncyclopediaApi } = {},
): Promise<DesktopPage> {
  const api = encyclopedia ?? createCatalogApi(await openShippedCatalog())
  const calls: DesktopCalls = { print: 0, savePdf: [], saveDocx: [], library: createEmptyLibrary() }
  let revision = 0
  const answer = async (bridge: string, method: string, input: unknown): Promise<Result<unknown>> => {
    if (bridge === 'encyclopedia' && API_METHODS.includes(method as ApiMethod)) return callApi(api, method as ApiMethod, input)
    if (bridge === 'library' && method === 'load') return ok({ library: calls.library, notice: null, revision, readOnly: false })
    if (bridge === 'library' && method === 'save') {
      // One window: every save is made from the revision of the one before, as main would check.
      const request = input as SaveRequest
      if (request.baseRevision !== revision) return fail('internal', `save from revision ${request.baseRevision}, main is at ${revision}`)
      calls.library = request.library
      revision += 1
      return ok({ revision, merged: null })
    }
    if (bridge === 'desktopPrint' && method === 'print') {
      calls.print += 1
      return ok({ status: 'printed' })
    }
    if (bridge === 'desktopPrint' && method === 'savePdf') {
      calls.savePdf.push(input)
      const { fileName } = input as { fileName: string }
      return ok({ status: 'saved', path: `C:\\Users\\chuyenvien\\Documents\\${fileName}` })
    }
    if (bridge === 'desktopPrint' && method === 'saveDocx') {
      // Bytes cross exposeFunction as a plain array, as structured clone would carry a Uint8Array over IPC.
      const { fileName, data } = input as { fileName: string; data: number[] }
      calls.saveDocx.push({ fileName, data: new Uint8Array(data) })
      return ok({ status: 'saved', path: `C:\\Users\\chuyenvien\\Documents\\${fileName}` })
    }
    return fail('internal', `${bridge}.${method} is not played by the test`)
  }
  const page = await guarded.newPage()
  await page.exposeFunction('__desktopCall', answer)
  await page.addInitScript(
    ({ encyclopedia, library }) => {
      type Call = (bridge: string, method: string, input?: unknown) => Promise<unknown>
      const call = (window as unknown as { __desktopCall: Call }).__desktopCall
      const bridge = (name: string, methods: readonly string[]) =>
        Object.fromEntries(methods.map((method) => [method, (input?: unknown) => call(name, method, input)]))
      const listeners = new Set<(command: string) => void>()
      Object.assign(window, {
        encyclopedia: bridge('encyclopedia', encyclopedia),
        library: bridge('library', library),
        desktopPrint: {
          ...bridge('desktopPrint', ['print', 'savePdf']),
          saveDocx: (input: { fileName: string; data: Uint8Array }) => call('desktopPrint', 'saveDocx', { fileName: input.fileName, data: [...input.data] }),
        },
        desktopMenu: {
          onMenuCommand(listener: (command: string) => void) {
            listeners.add(listener)
            return () => listeners.delete(listener)
          },
        },
        __menu: (command: string) => listeners.forEach((listener) => listener(command)),
      })
    },
    { encyclopedia: [...API_METHODS], library: Object.keys(LIBRARY_CHANNELS) },
  )
  return {
    page,
    calls,
    menu: (command) => page.evaluate((name) => (window as unknown as { __menu: (command: string) => void }).__menu(name), command),
  }
}
