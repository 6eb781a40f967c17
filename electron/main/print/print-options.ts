import type { MessageBoxOptions, PrintToPDFOptions, SaveDialogOptions, WebContentsPrintOptions } from 'electron'

const MM_PER_INCH = 25.4

/** The page the print stylesheet is drawn for: A4 portrait, 18 mm margins, 20 mm at the foot for the page footer. */
export const PAGE_MARGINS_MM = { top: 18, right: 18, bottom: 20, left: 18 } as const

/**
 * The OS print dialog, opened on A4 with the stylesheet's own margins ("default" lets the page's
 * @page rule decide) and backgrounds on, so table shading prints.
 */
export const PRINT_OPTIONS: WebContentsPrintOptions = {
  silent: false,
  printBackground: true,
  color: true,
  landscape: false,
  pageSize: 'A4',
  margins: { marginType: 'default' },
}

/**
 * Chromium's PDF renderer: A4, the stylesheet's page size and margin boxes (page numbers, pack
 * version) preferred; the margins here (inches) only apply if a page has no @page rule.
 */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  landscape: false,
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  margins: {
    top: PAGE_MARGINS_MM.top / MM_PER_INCH,
    right: PAGE_MARGINS_MM.right / MM_PER_INCH,
    bottom: PAGE_MARGINS_MM.bottom / MM_PER_INCH,
    left: PAGE_MARGINS_MM.left / MM_PER_INCH,
  },
}

/** The Vietnamese save dialog, opening on `defaultPath` (folder + suggested name). */
export function saveDialogOptions(defaultPath: string): SaveDialogOptions {
  return {
    title: 'Lưu PDF',
    buttonLabel: 'Lưu',
    defaultPath,
    filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
}

/** The Word export's save dialog; it confirms replacing the name it shows (the OS asks). */
export function docxSaveDialogOptions(defaultPath: string): SaveDialogOptions {
  return {
    title: 'Xuất Word',
    buttonLabel: 'Lưu',
    defaultPath,
    filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
}

export type SaveKind = 'pdf' | 'docx'

export const REPLACE_BUTTON = 0
const KEEP_BUTTON = 1

/** The question the save dialog asks before replacing a file, for the name with ".pdf" or ".docx" added. "Không" is the default. */
export function replaceQuestionOptions(name: string, folder: string, kind: SaveKind = 'pdf'): MessageBoxOptions {
  return {
    type: 'warning',
    title: kind === 'pdf' ? 'Lưu PDF' : 'Xuất Word',
    message: `Tệp “${name}” đã có. Thay thế tệp này?`,
    detail: `Thư mục “${folder}” đã có một tệp tên “${name}”. Nếu thay thế, nội dung cũ của tệp sẽ mất.`,
    buttons: ['Thay thế', 'Không'],
    defaultId: KEEP_BUTTON,
    cancelId: KEEP_BUTTON,
    noLink: true,
  }
}
