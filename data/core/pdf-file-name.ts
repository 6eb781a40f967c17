import { z } from 'zod'

const COMBINING_MARKS = /[\u0300-\u036f]/g
const NOT_FILE_SAFE = /[^A-Za-z0-9]+/g
const FALLBACK_NAME = 'Bach-khoa-APEC'
const MAX_STEM = 80

/**
 * The PDF's default file name, from a title folded to ASCII ("Năm APEC 2017" → "Nam-APEC-2017.pdf"),
 * because office file servers and e-mail gateways still mangle non-ASCII names.
 */
export function pdfFileName(title: string): string {
  return `${fileStem(title)}.pdf`
}

/** The Word export's default file name, folded to ASCII like the PDF's ("Việt Nam" → "Viet-Nam.docx"). */
export function docxFileName(title: string): string {
  return `${fileStem(title)}.docx`
}

function fileStem(title: string): string {
  const stem = title
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(NOT_FILE_SAFE, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '')
  return stem || FALLBACK_NAME
}

/** What main accepts as a suggested file name: what pdfFileName makes, never a path. */
export const PDF_FILE_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,79})\.pdf$/

export const savePdfInputSchema = z.strictObject({ fileName: z.string().regex(PDF_FILE_NAME_PATTERN) })

/** What main accepts as the Word export's suggested name: what docxFileName makes, never a path. */
export const DOCX_FILE_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,79})\.docx$/
