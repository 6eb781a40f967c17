import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { ExportCommand } from './export-arguments'
import { serveFilesOnLoopback } from './loopback-files'
import { PROJECT_ROOT } from './project-paths'

/** Debian's Chromium, as the print tests use; CHROMIUM_PATH names another. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const WEB_DIR = join(PROJECT_ROOT, 'out', 'web')
/** A pack of a hundred sheets lays out in seconds; a minute means something is stuck. */
const LAYOUT_TIMEOUT_MS = 60_000

/** Why a PDF cannot be made here, in a sentence for the user; null when it can. */
export function pdfExportProblem(): string | null {
  if (!existsSync(join(WEB_DIR, 'index.html'))) return 'Xuất PDF cần bản web đã dựng (out/web): hãy chạy npm run build:web rồi thử lại.'
  if (!existsSync(CHROMIUM_PATH)) return `Xuất PDF cần Chromium ở ${CHROMIUM_PATH} (Debian: apt-get install chromium), hoặc đặt CHROMIUM_PATH.`
  return null
}

/**
 * The PDF exactly as "Lưu PDF" makes it: the built web edition's print preview, served on
 * 127.0.0.1 with `packPath` as its data pack, printed by headless Chromium on A4 with the
 * stylesheet's page size, margins and "Trang X/Y" footer.
 */
export async function exportPdf(command: ExportCommand, packPath: string): Promise<Uint8Array> {
  const server = await serveFilesOnLoopback(WEB_DIR, packPath)
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await page.goto(`${server.origin}/index.html${printAddress(command)}`)
    await page.locator('.print-preview[data-layout="ready"], .error-screen').first().waitFor({ timeout: LAYOUT_TIMEOUT_MS })
    if ((await page.locator('.print-preview[data-layout="ready"]').count()) === 0) {
      throw new Error(`Trang xem trước bản in báo lỗi: ${(await page.locator('.error-screen').innerText()).trim()}`)
    }
    // A string, because this file is compiled without the DOM's types.
    await page.evaluate('document.fonts.ready.then(() => undefined)')
    return new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }))
  } finally {
    await browser.close()
    server.close()
  }
}

/** The app's own print addresses (README, "In và xuất PDF"). */
function printAddress(command: ExportCommand): string {
  const { target, preset } = command
  if (target.kind === 'entry') return `#/print/${encodeURIComponent(target.id)}?preset=${preset}`
  // The compare page's opening columns and order for the group, as `export compare --format docx` has them.
  if (target.kind === 'compare') return `#/print/compare?group=${target.group}`
  const title = target.title ? `title=${encodeURIComponent(target.title)}&` : ''
  return `#/print/briefing?${title}entries=${target.entryIds.map(encodeURIComponent).join(',')}&preset=${preset}`
}
