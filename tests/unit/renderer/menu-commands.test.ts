import { afterEach, describe, expect, it, vi } from 'vitest'
import { PAGE_COMMANDS, type DesktopMenuApi, type PageCommand } from '../../../data/core/desktop-contract'
import { printTarget, runPageCommand, type PageActions } from '../../../renderer/src/app/menu-commands'
import { parseRoute, type Route } from '../../../renderer/src/routing/routes'

/** Records which of the page's own actions a menu command took. */
function fakePage({ previewOnScreen = false, entryOnScreen = false } = {}) {
  const taken: unknown[][] = []
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      taken.push([name, ...args])
    }
  const actions: PageActions = {
    focusSearch: record('focusSearch'),
    findInPage: record('findInPage'),
    goBack: record('goBack'),
    goForward: record('goForward'),
    navigate: record('navigate'),
    zoom: record('zoom'),
    printActions: () => (previewOnScreen ? { print: record('preview.print'), savePdf: record('preview.savePdf'), exportWord: record('preview.exportWord') } : null),
    printPage: record('printPage'),
    savePageAsPdf: record('savePageAsPdf'),
    openAddToPack: () => {
      taken.push(['openAddToPack'])
      return entryOnScreen
    },
    tell: record('tell'),
    printPreset: () => 'with-sources',
  }
  return { actions, taken }
}

const HOME = parseRoute('#/')
const ENTRY = parseRoute('#/entry/viet-nam')

function run(command: PageCommand, route: Route = HOME, options?: Parameters<typeof fakePage>[0]) {
  const page = fakePage(options)
  runPageCommand(command, route, page.actions)
  return page.taken
}

describe('desktop menu commands in the page', () => {
  it.each<[PageCommand, unknown[]]>([
    ['focusSearch', ['focusSearch']],
    ['findInPage', ['findInPage']],
    ['back', ['goBack']],
    ['forward', ['goForward']],
    ['zoomIn', ['zoom', 1]],
    ['zoomOut', ['zoom', -1]],
    ['zoomReset', ['zoom', 'reset']],
    ['goHome', ['navigate', '#/']],
    ['goHistory', ['navigate', '#/history']],
    ['goPacks', ['navigate', '#/packs']],
  ])('%s takes the page action %j, and only that', (command, action) => {
    expect(run(command)).toEqual([action])
  })

  it('answers every command the menu can send', () => {
    for (const command of PAGE_COMMANDS) expect(run(command, ENTRY, { entryOnScreen: true }).length, command).toBeGreaterThan(0)
  })

  it('In... on an entry opens its print preview in the preset chosen last', () => {
    expect(run('print', ENTRY)).toEqual([['navigate', '#/print/viet-nam?preset=with-sources']])
    expect(run('savePdf', ENTRY)).toEqual([['navigate', '#/print/viet-nam?preset=with-sources']])
  })

  it('In... on a briefing pack opens the pack print preview', () => {
    expect(run('print', parseRoute('#/pack/p1'))).toEqual([['navigate', '#/print/pack/p1?preset=with-sources']])
  })

  it('In... and Lưu PDF... in a print preview press its own buttons', () => {
    const preview = parseRoute('#/print/viet-nam?preset=one-page')
    expect(run('print', preview, { previewOnScreen: true })).toEqual([['preview.print']])
    expect(run('savePdf', preview, { previewOnScreen: true })).toEqual([['preview.savePdf']])
    expect(run('print', parseRoute('#/print/briefing?ids=a,b'), { previewOnScreen: true })).toEqual([['preview.print']])
  })

  it('Xuất Word... presses the preview\'s own button, and on an entry or pack first opens its preview', () => {
    expect(run('exportWord', parseRoute('#/print/viet-nam?preset=full'), { previewOnScreen: true })).toEqual([['preview.exportWord']])
    expect(run('exportWord', parseRoute('#/print/briefing?entries=a,b'), { previewOnScreen: true })).toEqual([['preview.exportWord']])
    expect(run('exportWord', ENTRY)).toEqual([['navigate', '#/print/viet-nam?preset=with-sources']])
    expect(run('exportWord', parseRoute('#/pack/p1'))).toEqual([['navigate', '#/print/pack/p1?preset=with-sources']])
  })

  it('Xuất Word... away from a sheet says in Vietnamese what it exports, and exports nothing', () => {
    for (const hash of ['#/', '#/search?q=APEC', '#/source/wikipedia-apec']) {
      const taken = run('exportWord', parseRoute(hash))
      expect(taken, hash).toHaveLength(1)
      expect(taken[0]?.[0]).toBe('tell')
      expect(String(taken[0]?.[1])).toContain('Xuất Word dùng cho hồ sơ mục từ, bảng so sánh và gói tài liệu')
    }
  })

  it('does nothing in a print preview that is still laying out, like its greyed buttons', () => {
    expect(run('print', parseRoute('#/print/viet-nam'))).toEqual([])
  })

  it('prints or saves any other page as it is', () => {
    for (const hash of ['#/', '#/timeline', '#/search?q=APEC', '#/source/wikipedia-apec']) {
      expect(run('print', parseRoute(hash)), hash).toEqual([['printPage']])
      expect(run('savePdf', parseRoute(hash)), hash).toEqual([['savePageAsPdf']])
    }
  })

  it('"Thêm mục từ này vào gói..." opens the chooser of the entry on screen', () => {
    expect(run('addEntryToPack', ENTRY, { entryOnScreen: true })).toEqual([['openAddToPack']])
  })

  it('"Thêm mục từ này vào gói..." away from an entry says in Vietnamese to open one first', () => {
    const taken = run('addEntryToPack', HOME)
    expect(taken[1]?.[0]).toBe('tell')
    expect(taken[1]?.[1]).toContain('Hãy mở một mục từ trước')
  })

  it('agrees with printTarget', () => {
    expect(printTarget(ENTRY, 'full')).toEqual({ kind: 'preview', route: { name: 'print', id: 'viet-nam', preset: 'full' } })
    expect(printTarget(HOME, 'full')).toEqual({ kind: 'page' })
  })
})

describe('the desktop menu bridge in the renderer', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('passes the commands of window.desktopMenu to the page, and unsubscribes', async () => {
    const listeners = new Set<(command: PageCommand) => void>()
    const bridge: DesktopMenuApi = {
      onMenuCommand: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    }
    vi.stubGlobal('__APP_PLATFORM__', 'electron')
    vi.stubGlobal('window', { desktopMenu: bridge })
    const { onMenuCommand } = await import('../../../renderer/src/platform/desktop-menu')
    const received: PageCommand[] = []
    const stop = onMenuCommand((command) => received.push(command))
    for (const listener of listeners) listener('print')
    stop()
    expect(received).toEqual(['print'])
    expect(listeners.size).toBe(0)
  })

  it('listens to nothing in the web edition, even if a page script sets window.desktopMenu', async () => {
    const onMenuCommandSpy = vi.fn(() => () => undefined)
    vi.stubGlobal('__APP_PLATFORM__', 'web')
    vi.stubGlobal('window', { desktopMenu: { onMenuCommand: onMenuCommandSpy } })
    const { onMenuCommand } = await import('../../../renderer/src/platform/desktop-menu')
    onMenuCommand(() => undefined)()
    expect(onMenuCommandSpy).not.toHaveBeenCalled()
  })
})
