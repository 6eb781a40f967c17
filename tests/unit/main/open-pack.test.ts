import { describe, expect, it, vi } from 'vitest'
import { buildShippedPack, writeTempFile } from '../../helpers/pack'

const dialog = { showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) }
vi.mock('electron', () => ({ dialog }))

const { openPackFromDialog } = await import('../../../electron/main/open-pack')
const { APP_START_URL } = await import('../../../electron/main/app-url')

/** A window as open-pack sees it: what it was told to load. */
function fakeWindow() {
  return { loadURL: vi.fn(async () => undefined) }
}
type Window = Parameters<typeof openPackFromDialog>[0]

describe('File → "Mở gói dữ liệu..."', () => {
  it('does nothing when the user cancels the dialog', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const window = fakeWindow()
    const activate = vi.fn()
    expect(await openPackFromDialog(window as unknown as Window, activate)).toBe('cancelled')
    expect(activate).not.toHaveBeenCalled()
    expect(window.loadURL).not.toHaveBeenCalled()
  })

  it('opens another pack and shows its home page', async () => {
    const { bytes } = await buildShippedPack()
    const path = await writeTempFile('other.sqlite', bytes)
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    const window = fakeWindow()
    const activate = vi.fn()
    expect(await openPackFromDialog(window as unknown as Window, activate)).toBe('opened')
    expect(activate).toHaveBeenCalledOnce()
    const info = await activate.mock.calls[0]?.[0].api.getPackInfo()
    expect(info?.ok).toBe(true)
    expect(window.loadURL).toHaveBeenCalledWith(APP_START_URL)
  })

  it('keeps the current pack and says why in Vietnamese when the file is not a pack', async () => {
    const path = await writeTempFile('notes.sqlite', 'ghi chú\n')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    const window = fakeWindow()
    const activate = vi.fn()
    expect(await openPackFromDialog(window as unknown as Window, activate)).toBe('refused')
    expect(activate).not.toHaveBeenCalled()
    expect(window.loadURL).not.toHaveBeenCalled()
    const [, box] = dialog.showMessageBox.mock.calls.at(-1) as unknown as [unknown, { message: string; detail: string }]
    expect(box.message).toBe('Tệp không phải gói dữ liệu')
    expect(box.detail).toContain('Gói dữ liệu đang dùng vẫn được giữ nguyên')
    expect(box.detail).toContain(path)
  })
})
