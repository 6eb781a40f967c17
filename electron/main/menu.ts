import { Menu, type MenuItemConstructorOptions } from 'electron'

/** What the menu asks of the rest of main; the menu itself decides nothing. */
export interface MenuCommands {
  openPack(): void
  openShippedPack(): void
}

/** The Vietnamese application menu: the app's own commands, then standard roles with Vietnamese labels. */
export function applicationMenuTemplate(commands: MenuCommands): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở gói dữ liệu...', accelerator: 'CmdOrCtrl+O', click: () => commands.openPack() },
        { label: 'Dùng gói dữ liệu có sẵn', click: () => commands.openShippedPack() },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'copy', label: 'Sao chép' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ role: 'about', label: 'Giới thiệu' }] },
  ]
}

export function buildApplicationMenu(commands: MenuCommands): Menu {
  return Menu.buildFromTemplate(applicationMenuTemplate(commands))
}
