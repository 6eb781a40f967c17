import type { Page } from 'playwright-core'
import type { LibrarySettings } from '../../data/core/library/library-schema'
import { guardedContext, type GuardedContext, type WindowSize } from './browser'
import { setWebSettings } from './web-library'
import type { WebSession } from './web-session'

/**
 * The windows a layout must work in: the small office screen, the common laptop, a full-HD
 * monitor, and 150 % both ways a user gets there (the browser's zoom, which narrows the page to
 * 911 CSS px, and the app's own text size A+, which keeps the width and enlarges the rem).
 */
export interface LayoutView extends WindowSize {
  name: string
  /** The app's text size setting, in percent. */
  textSize: LibrarySettings['zoom']
}

export const LAYOUT_VIEWS: readonly LayoutView[] = [
  { name: '1024x768', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, textSize: 100 },
  { name: '1366x768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, textSize: 100 },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, textSize: 100 },
  { name: '1366x768-zoom150', viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5, textSize: 100 },
  { name: '1366x768-text150', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, textSize: 150 },
]

export interface OpenView {
  page: Page
  guarded: GuardedContext
  close(): Promise<void>
}

/** A fresh context (own storage, so its text size is its own) sized as the view says, on the home page. */
export async function openView(session: WebSession, view: LayoutView, theme: 'light' | 'dark' = 'light'): Promise<OpenView> {
  const guarded = await guardedContext(session.browser, session.server.origin, view)
  const page = await guarded.newPage()
  await setWebSettings(page, session.server.origin, { zoom: view.textSize, theme })
  return { page, guarded, close: () => guarded.context.close() }
}
