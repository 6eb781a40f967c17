import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ExportReceipt, ImportedFile } from '../../../data/core/library/library-contract'
import type { LibraryDocument } from '../../../data/core/library/library-schema'
import { LIBRARY_FILE_MAX_BYTES, parseLibraryText, serializeLibrary } from '../../../data/core/library/library-text'
import { fail, ok, type Result } from '../../../data/core/result'
import { writeFileAtomic } from './atomic-file'

/** Export writes the whole library where the save dialog said, atomically: a full disk leaves no half file. */
export async function exportLibraryTo(path: string, library: LibraryDocument): Promise<Result<ExportReceipt>> {
  try {
    await writeFileAtomic(path, serializeLibrary(library))
    return ok({ location: path })
  } catch (error) {
    return fail('library-save-failed', `${path}: ${(error as Error).message}`)
  }
}

/** Import reads and validates the picked file; what to do with it (merge or replace) is the renderer's choice. */
export async function importLibraryFrom(path: string): Promise<Result<ImportedFile>> {
  let text: string
  try {
    const { size } = await stat(path)
    if (size > LIBRARY_FILE_MAX_BYTES) return fail('library-too-large', `${path}: ${size} bytes, more than ${LIBRARY_FILE_MAX_BYTES}`)
    text = await readFile(path, 'utf8')
  } catch (error) {
    return fail('library-read-failed', `${path}: ${(error as Error).message}`)
  }
  const parsed = parseLibraryText(text)
  if (!parsed.ok) return parsed
  return ok({ name: basename(path), library: parsed.value })
}
