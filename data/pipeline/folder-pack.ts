import { createHash } from 'node:crypto'
import { basename, extname } from 'node:path'
import { createSearchIndexBuilder } from '../core/search/search-index'
import { foldVietnamese } from '../core/search/fold'
import { sweepStaleTemporaries, writeFileAtomic } from './atomic-write'
import type { CleanedBlock } from './clean-source'
import { errorCode, FolderPackError, listFolderInputs, readFolderInputs } from './folder-inputs'
import { checkOutTarget, outIsInput } from './folder-pack-out'
import type { LoadedSource } from './load-sources'
import { sourcePassages } from './search-documents'
import type { SourceMeta } from './source-schema'
import { tidyPunctuationSpacing } from './punctuation-spacing'
import { loadSqlJs } from './sql-js-node'
import { beginPack, finishPack, primarySourceWriter, writeMeta } from './write-pack'

export const FOLDER_PUBLISHER = 'Tài liệu nhập từ thư mục'
export const FOLDER_ATTRIBUTION = 'Không rõ'
const MAX_ID_LENGTH = 100

export interface FolderPackSummary {
  out: string
  sources: number
  paragraphs: number
  bytes: number
  /**
   * Files left out (empty, title only, not a regular file, unreadable, not UTF-8 text), one
   * Vietnamese line each: the skipped count is its length.
   */
  warnings: string[]
  /** Temp files of earlier builds whose process is gone (killed mid-write), removed. */
  removedTemporaries: string[]
}

/** A file as a source: first non-empty line the title, the rest paragraphs split by blank lines. */
export function parseFolderFile(text: string): { title: string; blocks: CleanedBlock[] } | null {
  const lines = text.normalize('NFC').replace(/^\uFEFF/, '').split(/\r?\n/)
  const titleAt = lines.findIndex((line) => line.trim() !== '')
  if (titleAt < 0) return null
  const title = collapse((lines[titleAt] ?? '').replace(/^#+\s*/, ''))
  const blocks: CleanedBlock[] = []
  let pending: string[] = []
  let pendingLine = 0
  let number = 0
  const flush = () => {
    if (pending.length === 0) return
    const joined = collapse(pending.join(' '))
    pending = []
    // A Markdown heading inside the body is shown as a heading and takes no citation number.
    const heading = /^#{1,6}\s/.exec(joined)
    if (heading) {
      const headingText = joined.slice(heading[0].length).trim()
      if (headingText !== '') {
        const kind = heading[0].trim().length <= 2 ? 'heading' : 'subheading'
        blocks.push({ kind, text: headingText, lang: 'vi', number: null, line: pendingLine })
      }
      return
    }
    if (joined === '') return
    number += 1
    blocks.push({ kind: 'paragraph', text: joined, lang: 'vi', number, line: pendingLine })
  }
  for (let index = titleAt + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    if (line.trim() === '') flush()
    else {
      if (pending.length === 0) pendingLine = index + 1
      pending.push(line)
    }
  }
  flush()
  if (title === '') return null
  return { title, blocks }
}

/** One space for any run of white space, none before closing punctuation, as for the shipped sources. */
function collapse(text: string): string {
  return tidyPunctuationSpacing(text.replace(/\s+/g, ' ').trim())
}

/** File name to a pack id: folded, lower-case ASCII, hyphenated ("Đà Nẵng 2017.txt" → "da-nang-2017"). */
export function slugFromFileName(name: string): string {
  const slug = foldVietnamese(basename(name, extname(name)))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '')
  return slug === '' ? 'tai-lieu' : slug
}

/** Same slug twice ("a b.txt", "a-b.md"): the later file, in name order, gets -2, -3... */
function uniqueId(slug: string, used: Set<string>): string {
  let id = slug
  for (let suffix = 2; used.has(id); suffix += 1) id = `${slug}-${suffix}`
  used.add(id)
  return id
}

/**
 * Builds a pack from a folder of text files and writes it atomically. Files are read, inserted and
 * indexed one at a time, so memory holds the pack and its index, never every file's text twice.
 */
export async function buildFolderPack(dir: string, out: string): Promise<FolderPackSummary> {
  const names = await listFolderInputs(dir)
  const target = await checkOutTarget(dir, out)
  const removedTemporaries = await sweepStaleTemporaries(out).catch(() => [])
  const SQL = await loadSqlJs()
  const db = new SQL.Database()
  const hash = createHash('sha256')
  const index = createSearchIndexBuilder()
  const usedIds = new Set<string>()
  const warnings: string[] = []
  let sources = 0
  let paragraphs = 0
  let bytes: Uint8Array
  try {
    beginPack(db)
    const writer = primarySourceWriter(db)
    try {
      for await (const { name, input } of readFolderInputs(dir, names)) {
        if (!input.ok) {
          warnings.push(`Bỏ qua "${name}": ${input.reason}`)
          continue
        }
        const { text: raw, identity } = input
        if (target.existing && identity.device === target.existing.device && identity.inode === target.existing.inode) {
          throw outIsInput(out, name)
        }
        const parsed = parseFolderFile(raw)
        if (parsed === null || !parsed.blocks.some((block) => block.number !== null)) {
          warnings.push(`Bỏ qua "${name}": ${parsed === null ? 'tệp rỗng' : 'chỉ có tiêu đề, không có đoạn văn'}.`)
          continue
        }
        const source: Pick<LoadedSource, 'meta' | 'blocks'> = {
          meta: folderSourceMeta(uniqueId(slugFromFileName(name), usedIds), parsed.title, name, raw),
          blocks: parsed.blocks,
        }
        hash.update(name).update('\u0000').update(raw).update('\u0000')
        writer.add(source)
        for (const document of sourcePassages(source)) index.add(document)
        sources += 1
        paragraphs += parsed.blocks.filter((block) => block.number !== null).length
      }
    } finally {
      writer.free()
    }
    if (sources === 0) throw new FolderPackError(`Thư mục "${dir}" không có tệp nào có nội dung (tất cả đều rỗng hoặc bị bỏ qua).`)
    writeMeta(db, { title: `Tài liệu từ thư mục ${basename(dir)}`, version: '1.0.0', language: 'vi' }, hash.digest('hex'))
    bytes = finishPack(db, index.finish())
  } finally {
    // The database's own copy of the pack goes before the exported one is written.
    db.close()
  }
  await writePackFile(out, bytes)
  return { out, sources, paragraphs, bytes: bytes.length, warnings, removedTemporaries }
}

/** The write, with a failure (full disk, no permission, a file where a folder should be) told in Vietnamese. */
async function writePackFile(out: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(out, bytes)
  } catch (error) {
    throw new FolderPackError(
      `Không ghi được gói vào "${out}" (${errorCode(error)}): ổ đĩa có thể đã đầy, thư mục không cho phép ghi hoặc một phần đường dẫn là tệp. Không có tệp nào bị thay đổi.`,
    )
  }
}

function folderSourceMeta(id: string, title: string, name: string, raw: string): SourceMeta {
  return {
    id,
    sha256: createHash('sha256').update(raw, 'utf8').digest('hex'),
    title,
    publisher: FOLDER_PUBLISHER,
    date: { kind: 'unknown' },
    languages: ['vi'],
    // Said once per source, so said briefly: in a 126 000-file pack the longer sentences these
    // replace ("Tệp … trong thư mục nhập.", "<title> (tệp …).") took 9 MB. The publisher already
    // says the file came from an imported folder, and who wrote it is not known.
    origin: name,
    attribution: FOLDER_ATTRIBUTION,
    cleaning: [],
  }
}
