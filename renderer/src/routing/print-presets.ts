/** What a printed sheet holds: the sheet alone, the sheet with the entry's text, or with the cited paragraphs quoted. */
export const PRINT_PRESETS = ['one-page', 'full', 'with-sources'] as const

export type PrintPreset = (typeof PRINT_PRESETS)[number]

export const DEFAULT_PRINT_PRESET: PrintPreset = 'one-page'

/** A preset from the URL (`?preset=full`); anything else is the default. */
export function parsePrintPreset(value: string | null): PrintPreset {
  return (PRINT_PRESETS as readonly (string | null)[]).includes(value) ? (value as PrintPreset) : DEFAULT_PRINT_PRESET
}
