import { TextRun, type IRunOptions } from 'docx'

/** Fonts Word finds on an office machine: Times New Roman for Vietnamese, SimSun for Chinese. */
export const DOCX_FONTS = { latin: 'Times New Roman', eastAsia: 'SimSun' } as const

/** Han characters and the CJK punctuation between them. */
const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu

type RunStyle = Omit<IRunOptions, 'text' | 'children'>

/**
 * Text as Word runs, with each stretch of Chinese in a run of its own that says it is Chinese and
 * which East Asian font to use: without the hint Word may draw 越南 in a Latin font's fallback
 * and spell-check it as Vietnamese.
 */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = []
  let at = 0
  for (const match of text.matchAll(HAN_RUN)) {
    const start = match.index ?? 0
    if (start > at) runs.push(new TextRun({ ...style, text: text.slice(at, start) }))
    runs.push(
      new TextRun({
        ...style,
        text: match[0],
        font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.eastAsia, hint: 'eastAsia' },
        language: { eastAsia: 'zh-CN' },
      }),
    )
    at = start + match[0].length
  }
  if (at < text.length || runs.length === 0) runs.push(new TextRun({ ...style, text: text.slice(at) }))
  return runs
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/** "I", "II", "IV": how print-sheet.css numbers a sheet's sections (a sheet has fewer than 40). */
export function romanNumeral(value: number): string {
  let rest = value
  let out = ''
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters
      rest -= amount
    }
  }
  return out
}
