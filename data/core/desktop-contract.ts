/**
 * The desktop app's bridges beside EncyclopediaApi: printing and saving a sheet (PDF, Word), and the
 * application menu's commands to the page. Only the desktop build has them; the web edition has no
 * counterpart. Channels are typed as total maps, as for the encyclopedia API.
 */
import type { Result } from './result'

/** How a print dialog ended: the job went to the printer, or the user closed the dialog. */
export type PrintOutcome = { status: 'printed' } | { status: 'cancelled' }

/** Where the PDF was written, or that the user cancelled the save dialog (nothing written). */
export type SavePdfOutcome = { status: 'saved'; path: string } | { status: 'cancelled' }

/** The Word export: the .docx the renderer made from the sheet model, and its suggested name. */
export interface SaveDocxInput {
  /** ASCII, ending in .docx (see docxFileName). */
  fileName: string
  data: Uint8Array
}

export interface SavePdfInput {
  /** The suggested name in the save dialog, ASCII (see pdfFileName). */
  fileName: string
}

/**
 * What only the desktop app can do with the page on screen (the print preview): the web edition
 * prints with the browser's own dialog. Exposed by the preload beside EncyclopediaApi.
 */
export interface DesktopPrintApi {
  /** Opens the system print dialog for the page on screen. */
  print(): Promise<Result<PrintOutcome>>
  /** Renders the page on screen as an A4 PDF, asks where to save it, and writes it there. */
  savePdf(input: SavePdfInput): Promise<Result<SavePdfOutcome>>
  /**
   * Asks where to save the Word export and writes it there atomically; a name typed without
   * ".docx" gets it, and an existing file is replaced only after the user agrees.
   */
  saveDocx(input: SaveDocxInput): Promise<Result<SavePdfOutcome>>
}

export const DESKTOP_PRINT_CHANNELS: { readonly [K in keyof DesktopPrintApi]: `desktop:${string}` } = {
  print: 'desktop:print',
  savePdf: 'desktop:save-pdf',
  saveDocx: 'desktop:save-docx',
}

/**
 * What the desktop menu asks of the page on screen. Main sends one of these names on
 * DESKTOP_MENU_CHANNEL; the renderer maps each to the action its own buttons and shortcuts take.
 */
export const PAGE_COMMANDS = [
  'focusSearch',
  'findInPage',
  'print',
  'savePdf',
  'exportWord',
  'back',
  'forward',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'goHome',
  'goHistory',
  'goPacks',
  'addEntryToPack',
] as const
export type PageCommand = (typeof PAGE_COMMANDS)[number]

export const DESKTOP_MENU_CHANNEL = 'desktop:menu-command'

/** The one message main sends on DESKTOP_MENU_CHANNEL. */
export interface PageCommandMessage {
  command: PageCommand
}

/** A message from main is still checked: anything but a known command name is dropped. */
export function parsePageCommandMessage(message: unknown): PageCommand | null {
  if (typeof message !== 'object' || message === null || !('command' in message)) return null
  return isPageCommand(message.command) ? message.command : null
}

function isPageCommand(value: unknown): value is PageCommand {
  return PAGE_COMMANDS.some((command) => command === value)
}

/** The desktop menu's way into the page, exposed by the preload: one channel, command names only. */
export interface DesktopMenuApi {
  /** Calls `listener` with each command the menu sends; returns the unsubscribe function. */
  onMenuCommand(listener: (command: PageCommand) => void): () => void
}
