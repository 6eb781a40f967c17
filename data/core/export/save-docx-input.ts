import { z } from 'zod'
import { DOCX_FILE_NAME_PATTERN } from '../pdf-file-name'

/** A briefing pack of a hundred sheets is a few hundred KiB; anything near this is not ours. */
export const MAX_DOCX_BYTES = 32 * 1024 * 1024

/** A .docx is a zip: it starts with a local file header, "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** What main accepts from the renderer to save as a Word file: a named zip of sane size, never a path. */
export const saveDocxInputSchema = z.strictObject({
  fileName: z.string().regex(DOCX_FILE_NAME_PATTERN),
  data: z
    .instanceof(Uint8Array)
    .refine((data) => data.byteLength > ZIP_MAGIC.length && data.byteLength <= MAX_DOCX_BYTES, 'kích thước tệp Word không hợp lệ')
    .refine((data) => ZIP_MAGIC.every((byte, index) => data[index] === byte), 'không phải tệp .docx (zip)'),
})
