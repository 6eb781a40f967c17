import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { DesktopPage } from '../helpers/desktop-renderer'
import { useDesktopSession } from '../helpers/desktop-session'
import { docxPart, docxParts, styledParagraphs } from '../helpers/docx'
import { openDisplayMenu } from '../helpers/web-pages'

/**
 * The desktop renderer answering the application menu, in Chromium: main's side (the menu items
 * and their commands) is tested in tests/unit/main/menu.test.ts; this is what the user then sees.
 */
const session = useDesktopSession()

async function open(hash: string, title: string): Promise<DesktopPage> {
  const desktop = await session.open()
  await desktop.page.goto(`${session.server.origin}/index.html${hash}`)
  await expect.poll(() => desktop.page.locator('h1').first().textContent()).toBe(title)
  return desktop
}

const toastText = (page: Page) => page.locator('.toast__text').textContent({ timeout: 5_000 })

describe('desktop menu commands, as the user sees them', () => {
  it('Xem › Tìm kiếm puts the cursor in the search box; Sửa › Tìm trong trang opens the find bar', async () => {
    const { page, menu } = await open('#/entry/viet-nam', 'Việt Nam')
    await menu('focusSearch')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
    await menu('findInPage')
    const findBar = page.getByRole('search', { name: 'Tìm trong trang' })
    await expect.poll(() => findBar.isVisible()).toBe(true)
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('find-bar__input')
  })

  it('Xem › Phóng to, Thu nhỏ and Cỡ chữ mặc định change the text size, and the library remembers it', async () => {
    const { page, menu, calls } = await open('#/', 'Bách khoa APEC')
    await menu('zoomIn')
    await menu('zoomIn')
    await expect.poll(() => page.locator('html').getAttribute('data-zoom')).toBe('125')
    await expect.poll(() => calls.library.settings.zoom).toBe(125)
    await menu('zoomOut')
    await expect.poll(() => page.locator('html').getAttribute('data-zoom')).toBe('110')
    await menu('zoomReset')
    await expect.poll(() => calls.library.settings.zoom).toBe(100)
    await openDisplayMenu(page)
    expect(await page.getByRole('button', { name: /^100%/ }).count()).toBe(1)
  })

  it('Tệp › In... on an entry opens its fact sheet preview; In... and Lưu PDF... there press its buttons', async () => {
    const { page, menu, calls } = await open('#/entry/viet-nam', 'Việt Nam')
    await menu('print')
    await expect.poll(() => page.url()).toContain('#/print/viet-nam?preset=one-page')
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    expect(calls.print).toBe(0)
    await menu('print')
    await expect.poll(() => calls.print).toBe(1)
    await menu('savePdf')
    await expect.poll(() => calls.savePdf).toEqual([{ fileName: 'Viet-Nam.pdf' }])
    await expect.poll(() => page.locator('.print-toolbar__status').textContent()).toContain('Đã lưu PDF vào C:\\Users\\chuyenvien\\Documents\\Viet-Nam.pdf')
  })

  it('Tệp › Xuất Word... (Ctrl+Shift+S) on an entry opens its preview; there it hands main the .docx of the sheet shown, named after it', async () => {
    const { page, menu, calls } = await open('#/entry/viet-nam', 'Việt Nam')
    await menu('exportWord')
    await expect.poll(() => page.url()).toContain('#/print/viet-nam?preset=one-page')
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    expect(calls.saveDocx).toEqual([])
    await menu('exportWord')
    await expect.poll(() => calls.saveDocx.length).toBe(1)
    const [saved] = calls.saveDocx
    expect(saved?.fileName).toBe('Viet-Nam.docx')
    const xml = docxPart(docxParts(saved?.data ?? new Uint8Array()), 'word/document.xml')
    expect(styledParagraphs(xml, 'Heading1')).toEqual([await page.locator('.sheet__title').innerText()])
    await expect.poll(() => page.locator('.print-toolbar__status').textContent()).toContain('Đã lưu tệp Word vào C:\\Users\\chuyenvien\\Documents\\Viet-Nam.docx')
    // A page with no sheet model says what Word export is for instead of exporting nothing.
    await page.evaluate(() => {
      window.location.hash = '#/timeline'
    })
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Dòng thời gian 1989 – nay')
    await menu('exportWord')
    expect(await toastText(page)).toContain('Xuất Word dùng cho hồ sơ mục từ, bảng so sánh và gói tài liệu')
    expect(calls.saveDocx).toHaveLength(1)
  })

  it('Tệp › Lưu PDF... on any other page saves that page as it is, named after its title', async () => {
    const { page, menu, calls } = await open('#/timeline', 'Dòng thời gian 1989 – nay')
    await menu('savePdf')
    await expect.poll(() => calls.savePdf).toEqual([{ fileName: 'Dong-thoi-gian-1989-nay.pdf' }])
    expect(await toastText(page)).toContain('Đã lưu PDF vào')
    await menu('print')
    await expect.poll(() => calls.print).toBe(1)
  })

  it('Đi › Trang chủ, Lịch sử, Quay lại and Tiến tới move through the app', async () => {
    const { page, menu } = await open('#/entry/viet-nam', 'Việt Nam')
    await menu('goHistory')
    await expect.poll(() => page.url()).toMatch(/#\/history$/)
    await menu('goHome')
    await expect.poll(() => page.url()).toMatch(/#\/$/)
    await menu('back')
    await expect.poll(() => page.url()).toMatch(/#\/history$/)
    await menu('back')
    await expect.poll(() => page.url()).toMatch(/#\/entry\/viet-nam$/)
    await menu('forward')
    await expect.poll(() => page.url()).toMatch(/#\/history$/)
    await menu('goPacks')
    await expect.poll(() => page.url()).toMatch(/#\/packs$/)
  })

  it('Gói tài liệu › Thêm mục từ này vào gói... opens the entry page chooser, and elsewhere says to open an entry', async () => {
    const { page, menu } = await open('#/entry/viet-nam', 'Việt Nam')
    await menu('addEntryToPack')
    const chooser = page.getByRole('group', { name: 'Chọn gói tài liệu' })
    await expect.poll(() => chooser.isVisible()).toBe(true)
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pack-chooser__option'))).toBe(true)
    await page.keyboard.press('Escape')
    await page.goto(`${session.server.origin}/index.html#/timeline`)
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Dòng thời gian 1989 – nay')
    await menu('addEntryToPack')
    expect(await toastText(page)).toContain('Hãy mở một mục từ trước')
  })
})
