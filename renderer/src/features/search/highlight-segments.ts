import type { Highlight } from '../../../../data/core/api-contract'

const SPACES_ONLY = /^[ \u00a0]*$/

export interface TextSegment {
  text: string
  marked: boolean
}

/**
 * Cuts a snippet into plain and marked stretches from the core's [start, end) offsets. Offsets are
 * data from the index, so they are clamped, sorted and merged rather than trusted: a bad range can
 * shorten a mark but never drop or repeat text.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): TextSegment[] {
  const ranges = highlights
    .map(([start, end]): Highlight => [clamp(start, text.length), clamp(end, text.length)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const segments: TextSegment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (end <= cursor) continue
    const from = Math.max(start, cursor)
    const gap = text.slice(cursor, from)
    const last = segments.at(-1)
    // Ranges that touch or are apart by spaces only become one <mark>: "Thái Bình Dương" reads as one phrase.
    if (last?.marked && SPACES_ONLY.test(gap)) {
      last.text += gap + text.slice(from, end)
    } else {
      if (gap) segments.push({ text: gap, marked: false })
      segments.push({ text: text.slice(from, end), marked: true })
    }
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false })
  return segments
}

function clamp(value: number, length: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), length) : 0
}
