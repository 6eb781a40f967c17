import { lstat, realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { FolderPackError, type FileIdentity } from './folder-inputs'

/** Where build-pack may write, judged before any input is read. */
export interface OutTarget {
  /** The file now at --out, when there is one: an input with the same identity must not be replaced. */
  existing: FileIdentity | null
}

/**
 * Refuses an --out that is a folder or not a regular file, or that lies inside --from (at any
 * depth, through symlinks too): the pack would sit among, or replace, the documents it is built from.
 */
export async function checkOutTarget(from: string, out: string): Promise<OutTarget> {
  const existing = await lstat(out).catch(() => null)
  if (existing?.isDirectory()) {
    throw new FolderPackError(`--out "${out}" là một thư mục. Hãy ghi gói vào một tệp, ví dụ "${join(out, 'goi-du-lieu.sqlite')}".`)
  }
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
    throw new FolderPackError(`--out "${out}" không phải tệp thông thường (ống dẫn, thiết bị hoặc socket). Hãy chọn một tệp .sqlite.`)
  }
  const folder = await stat(from)
  if (await liesInside(dirname(resolve(out)), folder)) {
    throw new FolderPackError(
      `Tệp gói "${out}" nằm trong thư mục tài liệu "${from}". Hãy ghi gói ra ngoài thư mục này, để gói không lẫn vào hay ghi đè tài liệu.`,
    )
  }
  return { existing: existing?.isFile() ? { device: existing.dev, inode: existing.ino } : null }
}

/**
 * Whether `directory` is `folder` or below it. Compared by device and inode, not by spelling, so
 * case-insensitive disks, `..` and symlinked parents cannot hide it; the part of the path that does
 * not exist yet is below its nearest existing ancestor, which is what is checked.
 */
async function liesInside(directory: string, folder: { dev: number; ino: number }): Promise<boolean> {
  let current = await nearestExisting(directory)
  for (;;) {
    const info = await stat(current).catch(() => null)
    if (info && info.dev === folder.dev && info.ino === folder.ino) return true
    const parent = dirname(current)
    if (parent === current) return false
    current = parent
  }
}

/** The real path of the closest ancestor of `path` (itself included) that exists. */
async function nearestExisting(path: string): Promise<string> {
  let current = path
  for (;;) {
    try {
      return await realpath(current)
    } catch {
      const parent = dirname(current)
      if (parent === current) return current
      current = parent
    }
  }
}

/** The message for an input that is the very file --out names (a symlinked input, for one). */
export function outIsInput(out: string, name: string): FolderPackError {
  return new FolderPackError(
    `Tệp gói "${out}" chính là tài liệu "${name}" của thư mục nhập (${basename(out)}); ghi gói vào đó sẽ xóa tài liệu. Hãy chọn tên khác cho --out.`,
  )
}
