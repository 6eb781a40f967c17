import { isSheetPreset, SHEET_PRESETS, type SheetPreset } from '../../../data/core/sheet/sheet-presets'

/** What a printed sheet holds: the sheet alone, the sheet with the entry's text, or with the cited paragraphs quoted. */
export const PRINT_PRESETS = SHEET_PRESETS

export type PrintPreset = SheetPreset

export const DEFAULT_PRINT_PRESET: PrintPreset = 'one-page'

/** A preset from the URL (`?preset=full`); anything else is the default. */
export function parsePrintPreset(value: string | null): PrintPreset {
  return isSheetPreset(value) ? value : DEFAULT_PRINT_PRESET
}
