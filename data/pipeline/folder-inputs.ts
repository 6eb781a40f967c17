import { constants } from 'node:fs'
import { open, readdir, stat, type FileHandle } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { MAX_PACK_BYTES } from '../core/pack-file-check'
import { readRange } from '../node/pack-file-fs'

const EXTENSIONS = new Set(['.txt', '.md'])
/** A FIFO with no writer would block open() itself; O_NONBLOCK returns at once (0 on Windows). */
const READ_WITHOUT_BLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** A folder that cannot become a pack, explained in Vietnamese for the person who chose it. */
export class FolderPackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FolderPackError'
  }
}

/** Identifies a file across names (a symlink and its target are the same file). */
export interface FileIdentity {
  device: number
  inode: number
}

export type FolderInput =
  | { ok: true; text: string; identity: FileIdentity }
  /** Why the file is left out, in Vietnamese, after `Bỏ qua "name": `. */
  | { ok: false; reason: string }

/** The names of the folder's .txt and .md files (not hidden ones), in code-unit order. */
export async function listFolderInputs(dir: string): Promise<string[]> {
  let info
  try {
    info = await stat(dir)
  } catch {
    throw new FolderPackError(`Không tìm thấy thư mục "${dir}".`)
  }
  if (!info.isDirectory()) throw new FolderPackError(`"${dir}" không phải là thư mục.`)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    throw new FolderPackError(`Không đọc được thư mục "${dir}" (${errorCode(error)}).`)
  }
  const inputs = names.filter((name) => EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.'))
  if (inputs.length === 0) throw new FolderPackError(`Thư mục "${dir}" không có tệp .txt hoặc .md nào.`)
  // Code-unit order, not locale order, so the same folder gives the same pack on every machine.
  return inputs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * One input file as UTF-8 text, or why it is left out. A name ending in .txt can be a folder, a
 * FIFO (reading it would never end), a broken or looping symlink, a file we may not read, or binary
 * data; each is skipped with its reason instead of ending the build or being imported as garbage.
 */
export async function readFolderInput(path: string): Promise<FolderInput> {
  let handle: FileHandle
  try {
    // Judged before it is opened: opening some devices has effects of its own.
    const skipped = notARegularFile(await stat(path))
    if (skipped) return skipped
    handle = await open(path, READ_WITHOUT_BLOCKING)
  } catch (error) {
    return unreadable(error)
  }
  try {
    // Judged again through the handle, so the file checked is the file read.
    const info = await handle.stat()
    const skipped = notARegularFile(info)
    if (skipped) return skipped
    if (info.size > MAX_PACK_BYTES) return { ok: false, reason: `lớn hơn ${MAX_PACK_BYTES / 1024 ** 3} GiB, quá lớn cho một gói.` }
    const decoded = decodeText(await readRange(handle, 0, info.size))
    if (!decoded.ok) return decoded
    return { ok: true, text: decoded.text, identity: { device: info.dev, inode: info.ino } }
  } catch (error) {
    return unreadable(error)
  } finally {
    await handle.close()
  }
}

/** Files read ahead of the one being worked on: each read waits on the disk through several calls. */
const READ_AHEAD = 32

/**
 * The inputs in `names` order, each read while earlier ones are still being worked on: one file at
 * a time, a 126 000-file folder spent two thirds of its build waiting on the disk. At most
 * READ_AHEAD files' text is held at once.
 */
export async function* readFolderInputs(dir: string, names: readonly string[]): AsyncGenerator<{ name: string; input: FolderInput }> {
  const pending: { name: string; input: Promise<FolderInput> }[] = []
  let next = 0
  const fill = () => {
    for (; next < names.length && pending.length < READ_AHEAD; next += 1) {
      const name = names[next] ?? ''
      pending.push({ name, input: readFolderInput(join(dir, name)) })
    }
  }
  fill()
  for (let read = pending.shift(); read !== undefined; read = pending.shift()) {
    fill()
    yield { name: read.name, input: await read.input }
  }
}

function notARegularFile(info: { isFile(): boolean; isDirectory(): boolean }): FolderInput | null {
  if (info.isFile()) return null
  if (info.isDirectory()) return { ok: false, reason: 'là một thư mục, không phải tệp.' }
  return { ok: false, reason: 'không phải tệp thông thường (ống dẫn, thiết bị hoặc socket).' }
}

function unreadable(error: unknown): FolderInput {
  const code = errorCode(error)
  if (code === 'ELOOP') return { ok: false, reason: 'liên kết tượng trưng vòng lặp (ELOOP), không đọc được.' }
  if (code === 'ENOENT') return { ok: false, reason: 'liên kết tượng trưng trỏ tới tệp không còn (ENOENT).' }
  if (code === 'EISDIR') return { ok: false, reason: 'là một thư mục, không phải tệp.' }
  return { ok: false, reason: `không đọc được tệp (${code}).` }
}

/**
 * Bytes as UTF-8 text, or why they are not. A NUL byte means binary data (or UTF-16, which is full
 * of them); invalid UTF-8 would otherwise be imported as replacement characters. The position is
 * for the person who has to fix the file.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    return { ok: false, reason: `tệp nhị phân hoặc không phải UTF-8 (byte 0 ở vị trí ${nul}, dòng ${lineAt(bytes, nul)}); chỉ nhận văn bản UTF-8.` }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length
    return { ok: false, reason: `không phải văn bản UTF-8 (byte sai ở dòng ${line}); hãy lưu lại tệp với mã hóa UTF-8.` }
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1
  return line
}

/** The errno code (ENOENT, EACCES...) of a file system error, else its message. */
export function errorCode(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? error.code : error.message
  return String(error)
}
