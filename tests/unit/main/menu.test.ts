import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { PageCommand } from '../../../data/core/desktop-contract'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn() } }))

const { applicationMenuTemplate } = await import('../../../electron/main/menu')

function fakeCommands() {
  return { openPack: vi.fn(), openShippedPack: vi.fn(), showAbout: vi.fn(), sendToPage: vi.fn<(command: PageCommand) => void>() }
}

function submenu(template: MenuItemConstructorOptions[], menu: string): MenuItemConstructorOptions[] {
  const found = template.find((entry) => entry.label === menu)?.submenu
  if (!Array.isArray(found)) throw new Error(`no menu "${menu}"`)
  return found
}

function item(template: MenuItemConstructorOptions[], menu: string, label: string): MenuItemConstructorOptions {
  const found = submenu(template, menu).find((entry) => entry.label === label && entry.visible !== false)
  if (!found) throw new Error(`no "${label}" in "${menu}"`)
  return found
}

function click(entry: MenuItemConstructorOptions): void {
  entry.click?.({} as never, undefined, {} as never)
}

describe('application menu', () => {
  it('has the Vietnamese top-level menus: Tệp, Sửa, Xem, Đi, Gói tài liệu, Trợ giúp', () => {
    const template = applicationMenuTemplate(fakeCommands(), { packaged: true })
    expect(template.map((entry) => entry.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Đi', 'Gói tài liệu', 'Trợ giúp'])
  })

  it('opens a pack from Tệp with Ctrl+O, and returns to the shipped pack', () => {
    const commands = fakeCommands()
    const template = applicationMenuTemplate(commands, { packaged: true })
    const open = item(template, 'Tệp', 'Mở gói dữ liệu...')
    expect(open.accelerator).toBe('CmdOrCtrl+O')
    click(open)
    expect(commands.openPack).toHaveBeenCalledOnce()
    click(item(template, 'Tệp', 'Dùng gói dữ liệu có sẵn'))
    expect(commands.openShippedPack).toHaveBeenCalledOnce()
  })

  it.each<[string, string, string | undefined, PageCommand]>([
    ['Tệp', 'In...', 'CmdOrCtrl+P', 'print'],
    ['Tệp', 'Lưu PDF...', 'CmdOrCtrl+S', 'savePdf'],
    ['Tệp', 'Xuất Word...', 'CmdOrCtrl+Shift+S', 'exportWord'],
    ['Sửa', 'Tìm trong trang...', 'CmdOrCtrl+F', 'findInPage'],
    ['Xem', 'Tìm kiếm', 'CmdOrCtrl+K', 'focusSearch'],
    ['Xem', 'Phóng to', 'CmdOrCtrl+Plus', 'zoomIn'],
    ['Xem', 'Thu nhỏ', 'CmdOrCtrl+-', 'zoomOut'],
    ['Xem', 'Cỡ chữ mặc định', 'CmdOrCtrl+0', 'zoomReset'],
    ['Đi', 'Quay lại', 'Alt+Left', 'back'],
    ['Đi', 'Tiến tới', 'Alt+Right', 'forward'],
    ['Đi', 'Trang chủ', 'Alt+Home', 'goHome'],
    ['Đi', 'Lịch sử', 'Ctrl+H', 'goHistory'],
    ['Gói tài liệu', 'Các gói tài liệu', undefined, 'goPacks'],
    ['Gói tài liệu', 'Thêm mục từ này vào gói...', undefined, 'addEntryToPack'],
  ])('%s › %s (%s) sends "%s" to the page, and only that', (menu, label, accelerator, command) => {
    const commands = fakeCommands()
    const entry = item(applicationMenuTemplate(commands, { packaged: true }), menu, label)
    expect(entry.accelerator).toBe(accelerator)
    click(entry)
    expect(commands.sendToPage.mock.calls).toEqual([[command]])
    expect(commands.openPack).not.toHaveBeenCalled()
    expect(commands.showAbout).not.toHaveBeenCalled()
  })

  it('zooms in with Ctrl+= as well as Ctrl+Plus, and with the keypad keys, without listing them twice', () => {
    const commands = fakeCommands()
    const view = submenu(applicationMenuTemplate(commands, { packaged: true }), 'Xem')
    const byKey = (accelerator: string) => view.find((entry) => entry.accelerator === accelerator)
    for (const [accelerator, command] of [
      ['CmdOrCtrl+=', 'zoomIn'],
      ['CmdOrCtrl+numadd', 'zoomIn'],
      ['CmdOrCtrl+numsub', 'zoomOut'],
      ['CmdOrCtrl+num0', 'zoomReset'],
    ] as const) {
      const entry = byKey(accelerator)
      expect(entry?.visible, accelerator).toBe(false)
      commands.sendToPage.mockClear()
      if (entry) click(entry)
      expect(commands.sendToPage.mock.calls, accelerator).toEqual([[command]])
    }
    expect(view.filter((entry) => entry.visible !== false && entry.label === 'Phóng to')).toHaveLength(1)
  })

  it('toggles full screen with F11 and quits with Tệp › Thoát', () => {
    const template = applicationMenuTemplate(fakeCommands(), { packaged: true })
    expect(item(template, 'Xem', 'Toàn màn hình')).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' })
    expect(item(template, 'Tệp', 'Thoát').role).toBe('quit')
  })

  it('offers the standard editing commands in Vietnamese under Sửa', () => {
    const edit = submenu(applicationMenuTemplate(fakeCommands(), { packaged: true }), 'Sửa')
    const roles = edit.filter((entry) => entry.role).map((entry) => [entry.role, entry.label])
    expect(roles).toEqual([
      ['undo', 'Hoàn tác'],
      ['redo', 'Làm lại'],
      ['cut', 'Cắt'],
      ['copy', 'Sao chép'],
      ['paste', 'Dán'],
      ['selectAll', 'Chọn tất cả'],
    ])
  })

  it('opens the "Giới thiệu" dialog from Trợ giúp', () => {
    const commands = fakeCommands()
    click(item(applicationMenuTemplate(commands, { packaged: true }), 'Trợ giúp', 'Giới thiệu'))
    expect(commands.showAbout).toHaveBeenCalledOnce()
    expect(commands.sendToPage).not.toHaveBeenCalled()
  })

  it('has no reload and no developer tools in the packaged app, and both in development', () => {
    const roles = (packaged: boolean) =>
      applicationMenuTemplate(fakeCommands(), { packaged })
        .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
        .map((entry) => entry.role)
    expect(roles(true)).not.toContain('reload')
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(true)).not.toContain('forceReload')
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('uses no Chromium zoom roles: text size is the library setting the page remembers', () => {
    const roles = applicationMenuTemplate(fakeCommands(), { packaged: false })
      .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .map((entry) => entry.role)
    for (const role of ['zoomIn', 'zoomOut', 'resetZoom', 'about']) expect(roles).not.toContain(role)
  })
})
