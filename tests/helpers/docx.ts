import { inflateRawSync } from 'node:zlib'

/**
 * Reads a .docx the way a test needs it: its parts by name, and the text of its paragraphs and
 * table rows as Word would show them. Zip read from the central directory, as unzip does.
 */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a zip: no end of central directory')
  const count = buffer.readUInt16LE(end + 10)
  let at = buffer.readUInt32LE(end + 16)
  const parts = new Map<string, string>()
  for (let index = 0; index < count; index += 1) {
    const method = buffer.readUInt16LE(at + 10)
    const size = buffer.readUInt32LE(at + 20)
    const nameLength = buffer.readUInt16LE(at + 28)
    const extraLength = buffer.readUInt16LE(at + 30)
    const commentLength = buffer.readUInt16LE(at + 32)
    const local = buffer.readUInt32LE(at + 42)
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength)
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
    const data = buffer.subarray(dataStart, dataStart + size)
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'))
    at += 46 + nameLength + extraLength + commentLength
  }
  return parts
}

export function docxPart(parts: Map<string, string>, name: string): string {
  const part = parts.get(name)
  if (part === undefined) throw new Error(`the .docx has no ${name}; it has ${[...parts.keys()].join(', ')}`)
  return part
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_whole, name: string) => XML_ENTITIES[name] ?? '')
}

/** The text of one piece of WordprocessingML: its runs' text, tabs as "\t", line breaks as "\n", NFC. */
export function xmlText(xml: string): string {
  const pieces = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)].map((match) =>
    match[1] !== undefined ? decode(match[1]) : match[2] === 'tab' ? '\t' : '\n',
  )
  return pieces.join('').normalize('NFC')
}

/** Each paragraph outside tables and inside them, in document order, as text. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => xmlText(match[0]))
}

/** Each table row as the text of its cells. */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => xmlText(cell[0])))
}

/** Each table (outer tables only; ours nest none) as its rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) => tableRows(table[0]))
}

/** The paragraphs of a Word style ("Heading1"), as text. */
export function styledParagraphs(xml: string, styleId: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((match) => match[0].includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((match) => xmlText(match[0]))
}
