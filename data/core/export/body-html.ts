/**
 * An entry body as blocks of styled text. The body HTML comes from our own pipeline (Markdown of
 * paragraphs, `##` headings, emphasis, entry links and citation superscripts), so a small reader of
 * that subset is enough; any other tag keeps its text and loses its markup, never its words.
 */
export interface BodySpan {
  text: string
  italic: boolean
  superscript: boolean
}

export interface BodyBlock {
  kind: 'paragraph' | 'heading'
  spans: BodySpan[]
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g
const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|nbsp);/g
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function bodyBlocks(html: string): BodyBlock[] {
  const blocks: BodyBlock[] = []
  let current: BodyBlock | null = null
  let italic = 0
  let superscript = 0
  let at = 0
  const addText = (raw: string) => {
    const text = decodeEntities(raw)
    if (!current) {
      if (text.trim() === '') return
      current = { kind: 'paragraph', spans: [] }
      blocks.push(current)
    }
    if (text) current.spans.push({ text, italic: italic > 0, superscript: superscript > 0 })
  }
  for (const match of html.matchAll(TAG)) {
    addText(html.slice(at, match.index))
    at = (match.index ?? 0) + match[0].length
    const closing = match[1] === '/'
    const name = (match[2] ?? '').toLowerCase()
    if (name === 'p' || /^h[1-6]$/.test(name)) {
      current = closing ? null : { kind: name === 'p' ? 'paragraph' : 'heading', spans: [] }
      if (current) blocks.push(current)
    } else if (name === 'em' || name === 'i') italic += closing ? -1 : 1
    else if (name === 'sup') superscript += closing ? -1 : 1
  }
  addText(html.slice(at))
  return blocks
    .map((block) => ({ ...block, spans: block.spans.map((span) => ({ ...span, text: span.text.replace(/\s+/g, ' ') })) }))
    .filter((block) => block.spans.some((span) => span.text.trim() !== ''))
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED[name] ?? whole
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    // A code point past Unicode would throw; keep the text as written instead.
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}
