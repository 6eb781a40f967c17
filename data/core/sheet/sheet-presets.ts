/** What a printed sheet holds: the sheet alone, the sheet with the entry's text, or with the cited paragraphs quoted. */
export const SHEET_PRESETS = ['one-page', 'full', 'with-sources'] as const

export type SheetPreset = (typeof SHEET_PRESETS)[number]

export function isSheetPreset(value: unknown): value is SheetPreset {
  return SHEET_PRESETS.some((preset) => preset === value)
}
