import type { ExportReceipt, ImportedFile } from '../../../../data/core/library/library-contract'
import type { LibraryDocument } from '../../../../data/core/library/library-schema'
import { LIBRARY_FILE_MAX_BYTES, libraryExportFileName, parseLibraryText, serializeLibrary } from '../../../../data/core/library/library-text'
import { fail, ok, type Result } from '../../../../data/core/result'
import { downloadFile } from '../download-file'

/** Export in the browser: the library as a JSON download; where it lands is the browser's choice. */
export function downloadLibrary(library: LibraryDocument): ExportReceipt {
  const name = libraryExportFileName(new Date())
  downloadFile(new Blob([serializeLibrary(library)], { type: 'application/json' }), name)
  return { location: name }
}

/**
 * Import in the browser: a file input the user picks a .json with. Resolves null on cancel.
 * Must be called from a click handler, as browsers open file pickers only for a user gesture.
 */
export function pickLibraryFile(): Promise<Result<ImportedFile | null>> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.json,application/json'
    input.hidden = true
    const finish = (result: Result<ImportedFile | null>) => {
      input.remove()
      resolve(result)
    }
    input.addEventListener('cancel', () => finish(ok(null)))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return finish(ok(null))
      void readLibraryFile(file).then(finish)
    })
    document.body.append(input)
    input.click()
  })
}

async function readLibraryFile(file: File): Promise<Result<ImportedFile>> {
  if (file.size > LIBRARY_FILE_MAX_BYTES) return fail('library-too-large', `${file.name}: ${file.size} bytes, more than ${LIBRARY_FILE_MAX_BYTES}`)
  let text: string
  try {
    text = await file.text()
  } catch (error) {
    return fail('library-read-failed', `${file.name}: ${String(error)}`)
  }
  const parsed = parseLibraryText(text)
  return parsed.ok ? ok({ name: file.name, library: parsed.value }) : parsed
}
