import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Goes to a hash route of the served app (`entry/viet-nam`) and waits until its heading reads `heading`. */
export async function openRoute(page: Page, origin: string, route: string, heading: string): Promise<void> {
  await page.goto(`${origin}/#/${route}`)
  await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(heading)
}

/** Opens the header's "Hiển thị" menu (theme and text size) if it is closed. */
export async function openDisplayMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Hiển thị', exact: true })
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
}

/**
 * A page's link in the main navigation, ready to click: on the header's line, or in its "Thêm"
 * menu (opened here) when the window is too narrow for every page.
 */
export async function navigationLink(page: Page, label: string): Promise<Locator> {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
  // Which pages fit is known once the app has drawn the header with its fonts.
  await nav.getByRole('link').first().waitFor()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const link = nav.getByRole('link', { name: label, exact: true })
  if (await link.isVisible()) return link
  const more = nav.getByRole('button', { name: /^(Thêm|Danh mục)$/ })
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click()
  return link
}
