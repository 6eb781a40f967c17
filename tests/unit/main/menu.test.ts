import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn() } }))

const { applicationMenuTemplate } = await import('../../../electron/main/menu')

function item(template: MenuItemConstructorOptions[], menu: string, label: string): MenuItemConstructorOptions {
  const submenu = template.find((entry) => entry.label === menu)?.submenu
  const found = Array.isArray(submenu) ? submenu.find((entry) => entry.label === label) : undefined
  if (!found) throw new Error(`no "${label}" in "${menu}"`)
  return found
}

describe('application menu', () => {
  it('has the Vietnamese top-level menus', () => {
    const template = applicationMenuTemplate({ openPack: vi.fn(), openShippedPack: vi.fn() })
    expect(template.map((entry) => entry.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp'])
  })

  it('opens a pack from Tệp with Ctrl+O, and returns to the shipped pack', () => {
    const commands = { openPack: vi.fn(), openShippedPack: vi.fn() }
    const template = applicationMenuTemplate(commands)
    const open = item(template, 'Tệp', 'Mở gói dữ liệu...')
    expect(open.accelerator).toBe('CmdOrCtrl+O')
    open.click?.({} as never, undefined, {} as never)
    expect(commands.openPack).toHaveBeenCalledOnce()
    item(template, 'Tệp', 'Dùng gói dữ liệu có sẵn').click?.({} as never, undefined, {} as never)
    expect(commands.openShippedPack).toHaveBeenCalledOnce()
  })
})
