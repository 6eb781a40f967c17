import { CITATION_GROUP, citationsOfGroup, LINK } from './entry-body'

export interface Citation {
  sourceId: string
  paragraph: number | null
}

/** A stretch of body prose up to one citation group: the words that citation vouches for. */
export interface CitedSentence {
  /** Plain text: links shown as their text, Markdown marks dropped, the citation itself left out. */
  text: string
  citations: Citation[]
  /** Line in the file where the sentence starts. */
  line: number
  /** Index of the body paragraph it belongs to. */
  block: number
}

export interface BodyBlock {
  index: number
  line: number
  citations: Citation[]
}

/** Link syntax as the reader sees it: `[[id|text]]` → text, `[[id]]` → the target's title. */
export function linkText(text: string, titleOf: (entryId: string) => string): string {
  return text.replace(LINK, (_whole, to: string, shown?: string) => shown?.trim() ?? titleOf(to.trim()))
}

/** Splits a body into paragraphs and cited sentences, with the line each starts on. */
export function citedSentences(
  body: string,
  firstLine: number,
  titleOf: (entryId: string) => string,
): { blocks: BodyBlock[]; sentences: CitedSentence[] } {
  const blocks: BodyBlock[] = []
  const sentences: CitedSentence[] = []
  const lines = body.split('\n')
  let start = 0
  const flush = (end: number) => {
    const raw = lines.slice(start, end).join('\n')
    const offsetLine = (offset: number) => firstLine + start + raw.slice(0, offset).split('\n').length - 1
    if (raw.trim() !== '') {
      const block: BodyBlock = { index: blocks.length, line: firstLine + start, citations: [] }
      let from = 0
      for (const match of raw.matchAll(CITATION_GROUP)) {
        const citations = citationsOfGroup(match[1] ?? '').filter((citation): citation is Citation => citation !== null)
        const segment = raw.slice(from, match.index)
        const lead = segment.length - segment.trimStart().length
        sentences.push({
          text: plain(segment, titleOf),
          citations,
          line: offsetLine(from + lead),
          block: block.index,
        })
        block.citations.push(...citations)
        from = match.index + match[0].length
      }
      blocks.push(block)
    }
    start = end + 1
  }
  lines.forEach((line, index) => {
    if (line.trim() === '') flush(index)
  })
  flush(lines.length)
  return { blocks, sentences }
}

function plain(segment: string, titleOf: (entryId: string) => string): string {
  return linkText(segment, titleOf)
    .replace(/^#+\s*/gm, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const WORD = /[\p{L}\p{N}]/u

/** Whether `text` holds `name` at `index` as whole words (not inside a longer word). */
export function isWholeWord(text: string, index: number, length: number): boolean {
  return !WORD.test(text[index - 1] ?? '') && !WORD.test(text[index + length] ?? '')
}

/** Every start of `name` in `text` as whole words. */
export function wholeWordIndexes(text: string, name: string): number[] {
  const found: number[] = []
  if (name === '') return found
  let at = text.indexOf(name)
  while (at >= 0) {
    if (isWholeWord(text, at, name.length)) found.push(at)
    at = text.indexOf(name, at + 1)
  }
  return found
}

export function containsWholeWord(text: string, name: string): boolean {
  return wholeWordIndexes(text, name).length > 0
}

/** Replaces [start, end) spans by `filler` (a space unless told), keeping every offset valid. */
export function blankSpans(text: string, spans: readonly [number, number][], filler = ' '): string {
  let result = text
  for (const [start, end] of spans) result = result.slice(0, start) + filler.repeat(end - start) + result.slice(end)
  return result
}

/** Text in double quotes ("…" or “…”): a source's own words, which keep their spelling. */
export function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/"[^"\n]*"|“[^”\n]*”/g)].map((match) => [match.index, match.index + match[0].length])
}
