import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { PageCommand } from '../../data/core/desktop-contract'

/** What the menu asks of the rest of main; the menu itself decides nothing. */
export interface MenuCommands {
  openPack(): void
  openShippedPack(): void
  showAbout(): void
  /** Hands a command to the page on screen: search, find, print, history, text size. */
  sendToPage(command: PageCommand): void
}

export interface MenuOptions {
  /** The installed app has no reload and no developer tools. */
  packaged: boolean
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The Vietnamese application menu. The page itself also answers Ctrl+K, Ctrl+F and Alt+arrows (the
 * web edition has no menu); Electron runs a menu accelerator only for a key the page did not
 * handle, so each of those fires once. Zoom drives the text size of the user's settings, not
 * Chromium's zoom, so it is remembered and matches the A−/A+ buttons.
 */
export function applicationMenuTemplate(commands: MenuCommands, { packaged }: MenuOptions): MenuItemConstructorOptions[] {
  const page = (label: string, command: PageCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => commands.sendToPage(command),
  })
  // A second key for the same command (Ctrl+= beside Ctrl+Plus, the keypad): works, but not listed.
  const alsoKey = (item: MenuItemConstructorOptions, accelerator: string): MenuItemConstructorOptions => ({
    ...item,
    accelerator,
    visible: false,
  })
  const zoomIn = page('Phóng to', 'zoomIn', 'CmdOrCtrl+Plus')
  const zoomOut = page('Thu nhỏ', 'zoomOut', 'CmdOrCtrl+-')
  const zoomReset = page('Cỡ chữ mặc định', 'zoomReset', 'CmdOrCtrl+0')
  const developerTools: MenuItemConstructorOptions[] = packaged
    ? []
    : [separator, { role: 'reload', label: 'Tải lại' }, { role: 'toggleDevTools', label: 'Công cụ cho nhà phát triển' }]

  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở gói dữ liệu...', accelerator: 'CmdOrCtrl+O', click: () => commands.openPack() },
        { label: 'Dùng gói dữ liệu có sẵn', click: () => commands.openShippedPack() },
        separator,
        page('In...', 'print', 'CmdOrCtrl+P'),
        page('Lưu PDF...', 'savePdf', 'CmdOrCtrl+S'),
        page('Xuất Word...', 'exportWord', 'CmdOrCtrl+Shift+S'),
        separator,
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        separator,
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
        separator,
        page('Tìm trong trang...', 'findInPage', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: 'Xem',
      submenu: [
        page('Tìm kiếm', 'focusSearch', 'CmdOrCtrl+K'),
        separator,
        zoomIn,
        alsoKey(zoomIn, 'CmdOrCtrl+='),
        alsoKey(zoomIn, 'CmdOrCtrl+numadd'),
        zoomOut,
        alsoKey(zoomOut, 'CmdOrCtrl+numsub'),
        zoomReset,
        alsoKey(zoomReset, 'CmdOrCtrl+num0'),
        separator,
        { role: 'togglefullscreen', label: 'Toàn màn hình', accelerator: 'F11' },
        ...developerTools,
      ],
    },
    {
      label: 'Đi',
      submenu: [
        page('Quay lại', 'back', 'Alt+Left'),
        page('Tiến tới', 'forward', 'Alt+Right'),
        separator,
        page('Trang chủ', 'goHome', 'Alt+Home'),
        // Ctrl, not Cmd: Cmd+H hides the app on macOS.
        page('Lịch sử', 'goHistory', 'Ctrl+H'),
      ],
    },
    {
      label: 'Gói tài liệu',
      submenu: [page('Các gói tài liệu', 'goPacks'), page('Thêm mục từ này vào gói...', 'addEntryToPack')],
    },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu', click: () => commands.showAbout() }] },
  ]
}

export function buildApplicationMenu(commands: MenuCommands, options: MenuOptions): Menu {
  return Menu.buildFromTemplate(applicationMenuTemplate(commands, options))
}
