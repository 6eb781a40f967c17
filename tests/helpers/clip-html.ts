/**
 * Reads the HTML "Sao chép" puts on the clipboard as a reader of the pasted document would: its
 * headings, its tables as rows of cell texts, its paragraphs. Text is decoded and NFC.
 */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_whole, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC')
}

export function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((table) =>
    [...table[0].matchAll(/<tr[\s\S]*?<\/tr>/g)].map((row) => [...row[0].matchAll(/<t[hd][\s>][\s\S]*?<\/t[hd]>/g)].map((cell) => htmlText(cell[0]))),
  )
}

export function htmlHeadings(html: string, level: number): string[] {
  return [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].filter((match) => match[1] === String(level)).map((match) => htmlText(match[2] ?? ''))
}

export function htmlParagraphs(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => htmlText(match[1] ?? ''))
}
