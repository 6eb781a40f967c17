import { constants } from 'node:fs'
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import { MAX_PACK_BYTES } from '../../../data/core/pack-file-check'
import { checkPackFileName } from '../../../data/core/pack-file-name'
import { fail, ok, type ApiError, type Result } from '../../../data/core/result'
import { openPackFile, type OpenPack } from '../pack-loader'
import { checkPackInWorker, type PackCheckWorker } from './check-pack-in-worker'
import type { PackFolder } from './pack-folder'
import { probePackFileAt } from '../../../data/node/pack-file-fs'

export interface PackImportOptions {
  folder: PackFolder
  checkWorker: PackCheckWorker
  /** PACK_CHECK_TIMEOUT_MS unless a test says otherwise. */
  checkTimeoutMs?: number
}

export interface ImportedPack {
  pack: OpenPack
  /** The app-owned copy the pack was opened from. */
  copy: string
}

/**
 * Takes a pack the user chose into the app, or says precisely why not. In order: the name, the
 * size and SQLite header (nothing copied yet), a copy under a generated name in the app folder
 * (temp name, then rename), every database check in a worker that is stopped after a time limit,
 * and only then the copy opened for use. The user's file is never opened by SQLite, and a refused
 * copy is deleted, so nothing changes unless everything passed.
 */
export async function importPack(
  source: string,
  options: PackImportOptions,
): Promise<Result<ImportedPack>> {
  const named = checkPackFileName(source)
  if (!named.ok) return named
  const probed = await probePackFileAt(source)
  if (!probed.ok) return about(source, probed)
  const copied = await copyIntoFolder(source, options.folder)
  if (!copied.ok) return about(source, copied)
  const copy = copied.value
  const checked = await checkPackInWorker(copy, options.checkWorker, options.checkTimeoutMs)
  if (!checked.ok) {
    await rm(copy, { force: true })
    return about(source, checked)
  }
  // The worker has just run quick_check on this very copy; main does not run it a second time,
  // and records it, so the next start does not either.
  const opened = await openPackFile(copy, source, { integrityAlreadyChecked: true, checked: options.folder.checkedPacks })
  if (!opened.ok) {
    await rm(copy, { force: true })
    return opened
  }
  return ok({ pack: opened.value, copy })
}

async function copyIntoFolder(source: string, folder: PackFolder): Promise<Result<string>> {
  const copy = folder.newCopyPath()
  const partial = `${copy}.part`
  try {
    await mkdir(folder.directory, { recursive: true })
    await copyFile(source, partial, constants.COPYFILE_EXCL)
    // The file may have grown since it was measured; the copy is what gets opened.
    const { size } = await stat(partial)
    if (size > MAX_PACK_BYTES) {
      await rm(partial, { force: true })
      return fail('pack-too-large', `${size} bytes once copied, more than ${MAX_PACK_BYTES}`)
    }
    await rename(partial, copy)
    return ok(copy)
  } catch (error) {
    await rm(partial, { force: true })
    return fail('pack-copy-failed', error instanceof Error ? error.message : String(error))
  }
}

/** Messages name the file the user chose, never the generated copy. */
function about<T>(source: string, refused: { error: ApiError }): Result<T> {
  return fail(refused.error.code, `${source}: ${refused.error.message}`)
}
