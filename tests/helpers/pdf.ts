import { execFile } from 'node:child_process'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

const run = promisify(execFile)

/** PDFs and their page images, kept for a person to look at (gitignored with the other artifacts). */
export const PDF_DIR = join(PROJECT_ROOT, 'tests', '.artifacts', 'pdf')

/**
 * Prints the page as Chromium does for "Lưu PDF": A4, the stylesheet's page size and margins,
 * backgrounds on. Waits for the print preview to finish measuring its pages first.
 */
export async function printToPdf(page: Page, name: string): Promise<string> {
  await page.locator('.print-preview[data-layout="ready"]').waitFor()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await mkdir(PDF_DIR, { recursive: true })
  const path = join(PDF_DIR, `${name}.pdf`)
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true })
  return path
}

/** "Pages:" of pdfinfo. */
export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path])
  const match = /^Pages:\s+(\d+)$/m.exec(stdout)
  if (!match) throw new Error(`pdfinfo gave no page count for ${path}`)
  return Number(match[1])
}

/**
 * The text of one page (or all), NFC so Vietnamese compares as typed: laid out as printed, or in
 * reading order (`layout: false`), where a table cell wrapped over two lines stays one run.
 */
export async function pdfText(path: string, { page, layout = true }: { page?: number; layout?: boolean } = {}): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', ...range, path, '-']
  const { stdout } = await run('pdftotext', args, { maxBuffer: 16 * 1024 * 1024 })
  return stdout.normalize('NFC')
}

/** Each page's text, page 1 first. */
export async function pdfPages(path: string): Promise<string[]> {
  const count = await pdfPageCount(path)
  return Promise.all(Array.from({ length: count }, (_, index) => pdfText(path, { page: index + 1 })))
}

/** Whitespace collapsed, so a title wrapped over two lines still reads as one. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Renders every page to PNG beside the PDF (<name>-<page>.png), for a person to look at. */
export async function pdfToPngs(path: string): Promise<string[]> {
  const prefix = path.replace(/\.pdf$/, '')
  const base = prefix.slice(PDF_DIR.length + 1)
  const isPageImage = (file: string) => file.startsWith(`${base}-`) && /^\d+\.png$/.test(file.slice(base.length + 1))
  for (const file of (await readdir(PDF_DIR)).filter(isPageImage)) await rm(join(PDF_DIR, file))
  await run('pdftoppm', ['-r', '80', '-png', path, prefix])
  return (await readdir(PDF_DIR)).filter(isPageImage).sort()
}
