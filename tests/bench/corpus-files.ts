import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import type { DictDocument } from './dict-corpus'

/**
 * One corpus written twice: a folder of text files for our `build-pack` (first line the title,
 * paragraphs split by blank lines) and a folder of HTML pages for `zimwriterfs`, with the same
 * titles and paragraphs, so both tools index the same words.
 */

const WRITE_BATCH = 256

const fileName = (n: number, extension: string) => `${String(n).padStart(6, '0')}.${extension}`

export async function writeTextFolder(dir: string, documents: readonly DictDocument[]): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeAll(documents, (document, n) =>
    writeFile(join(dir, fileName(n, 'txt')), `${document.title}\n\n${document.paragraphs.join('\n\n')}\n`),
  )
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The page path of document n inside the ZIM (zimwriterfs keeps the file name). */
export const htmlPath = (n: number) => fileName(n, 'html')

export async function writeHtmlFolder(dir: string, documents: readonly DictDocument[], name: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeAll(documents, (document, n) => {
    const title = escapeHtml(document.title)
    const body = document.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')
    return writeFile(
      join(dir, htmlPath(n)),
      `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1>\n${body}\n</body></html>\n`,
    )
  })
  await writeFile(
    join(dir, 'index.html'),
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(name)}</title></head><body><h1>${escapeHtml(name)}</h1></body></html>\n`,
  )
  await writeFile(join(dir, 'illustration.png'), solidPng(48, 48))
}

async function writeAll(documents: readonly DictDocument[], write: (document: DictDocument, n: number) => Promise<void>): Promise<void> {
  const pending: Promise<void>[] = []
  for (let n = 0; n < documents.length; n++) {
    const document = documents[n]
    if (document === undefined) continue
    pending.push(write(document, n))
    if (pending.length >= WRITE_BATCH) await Promise.all(pending.splice(0))
  }
  await Promise.all(pending)
}

/** zimwriterfs wants a 48×48 PNG illustration: a grey square, written by hand. */
function solidPng(width: number, height: number): Buffer {
  const row = Buffer.alloc(1 + width * 3, 0x80)
  row[0] = 0 // filter: none
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
