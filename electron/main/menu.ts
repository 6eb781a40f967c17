import { Menu, type MenuItemConstructorOptions } from 'electron'

/** The Vietnamese application menu: standard roles with Vietnamese labels. */
export function buildApplicationMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
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
  return Menu.buildFromTemplate(template)
}
