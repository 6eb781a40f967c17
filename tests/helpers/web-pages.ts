import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Goes to a hash route of the served app (`entry/viet-nam`) and waits until its heading reads `heading`. */
export async function openRoute(page: Page, origin: string, route: string, heading: string): Promise<void> {
  await page.goto(`${origin}/#/${route}`)
  await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(heading)
}
