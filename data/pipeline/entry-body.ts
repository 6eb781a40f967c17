import { Marked } from 'marked'
import { tidyPunctuationSpacing } from './punctuation-spacing'

/** A `[[id]]` link or one `@source#N` citation found in a body, with its line for messages. */
export interface BodyLink {
  to: string
  line: number
}

export interface BodyCitation {
  sourceId: string
  paragraph: number | null
  line: number
}

export interface ParsedBody {
  links: BodyLink[]
  citations: BodyCitation[]
  /** Problems an editor must fix: raw HTML, URLs, images, malformed citations, uncited paragraphs. */
  problems: { line: number; message: string }[]
}

// Global patterns are only used through matchAll and replace, which never share lastIndex state.
export const LINK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g
export const CITATION_GROUP = /\[(@[^\]]+)\]/g
const HAS_CITATION = /\[@[^\]]+\]/
const CITATION = /^@(?:ref:([a-z0-9-]+)|([a-z0-9-]+)#([1-9]\d*))$/
/**
 * Editors write "Đà Nẵng [@nguon#2]." with a space before the citation; the citation belongs to the
 * word, so the space goes with it: the footnote mark sits on the word, and the plain text (where the
 * citation is dropped) does not read "Đà Nẵng .".
 */
const SPACE_BEFORE_CITATION = /[ \t]+(?=\[@[^\]]+\])/g

/** The citations of one group's inside (`@a#1; @ref:b`); null for a part that is not a citation. */
export function citationsOfGroup(group: string): ({ sourceId: string; paragraph: number | null } | null)[] {
  return group.split(';').map((part) => {
    const match = CITATION.exec(part.trim())
    if (!match) return null
    return match[1] ? { sourceId: match[1], paragraph: null } : { sourceId: match[2] ?? '', paragraph: Number(match[3]) }
  })
}

/** Finds links and citations in an entry body and checks what the body may not contain. */
export function parseBody(body: string, firstLine: number): ParsedBody {
  const parsed: ParsedBody = { links: [], citations: [], problems: [] }
  const lines = body.split('\n')
  lines.forEach((text, index) => {
    const line = firstLine + index
    if (/<\/?[a-zA-Z!]/.test(text)) parsed.problems.push({ line, message: 'không dùng HTML trong nội dung mục từ' })
    if (/(https?:|www\.)/i.test(text)) parsed.problems.push({ line, message: 'không đặt địa chỉ web trong nội dung (ứng dụng ngoại tuyến)' })
    if (text.includes('![')) parsed.problems.push({ line, message: 'không chèn hình ảnh trong nội dung mục từ' })
    for (const [, to = ''] of text.matchAll(LINK)) parsed.links.push({ to: to.trim(), line })
    for (const [, group = ''] of text.matchAll(CITATION_GROUP)) {
      for (const part of group.split(';').map((piece) => piece.trim())) {
        const match = CITATION.exec(part)
        if (!match) {
          parsed.problems.push({ line, message: `trích dẫn không hợp lệ "${part}" (dạng @nguon#5 hoặc @ref:id)` })
        } else if (match[1]) {
          parsed.citations.push({ sourceId: match[1], paragraph: null, line })
        } else {
          parsed.citations.push({ sourceId: match[2] ?? '', paragraph: Number(match[3]), line })
        }
      }
    }
  })
  // Each paragraph of prose states something, so each must cite where it comes from.
  let blockStart = 0
  lines.forEach((text, index) => {
    const isLast = index === lines.length - 1
    if (text.trim() === '' || isLast) {
      const block = lines.slice(blockStart, isLast ? index + 1 : index).join('\n').trim()
      if (block && !block.startsWith('#') && !HAS_CITATION.test(block)) {
        parsed.problems.push({ line: firstLine + blockStart, message: 'đoạn văn không có trích dẫn nguồn nào' })
      }
      blockStart = index + 1
    }
  })
  return parsed
}

export interface RenderContext {
  titleOf(entryId: string): string
  /** The footnote number of a citation in this entry (1-based, in order of first use). */
  citationNumber(sourceId: string, paragraph: number | null): number
  describeCitation(sourceId: string, paragraph: number | null): string
}

const markdown = new Marked({ gfm: true, breaks: false, async: false })

/**
 * Body Markdown to HTML: entry links become `#/entry/<id>` links and citations numbered
 * superscripts to `#/source/<id>?p=N`. The app sanitises this HTML again before showing it.
 */
export function renderBody(body: string, context: RenderContext): string {
  const withLinks = body.replace(SPACE_BEFORE_CITATION, '').replace(LINK, (_whole, to: string, text?: string) => {
    const id = to.trim()
    return `<a href="#/entry/${id}" data-entry="${id}">${escapeHtml(text?.trim() ?? context.titleOf(id))}</a>`
  })
  const withCitations = withLinks.replace(CITATION_GROUP, (_whole, group: string) => {
    const anchors = group.split(';').map((part) => {
      const match = CITATION.exec(part.trim())
      const sourceId = match?.[1] ?? match?.[2] ?? ''
      const paragraph = match?.[3] ? Number(match[3]) : null
      const href = paragraph === null ? `#/source/${sourceId}` : `#/source/${sourceId}?p=${paragraph}`
      const number = context.citationNumber(sourceId, paragraph)
      const title = escapeHtml(context.describeCitation(sourceId, paragraph))
      return `<a class="cite" href="${href}" title="${title}" data-source="${sourceId}">[${number}]</a>`
    })
    return `<sup class="cites">${anchors.join('')}</sup>`
  })
  return (markdown.parse(withCitations) as string).trim()
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/** The body as plain text for the search index: link text kept, citations and Markdown marks dropped. */
export function bodyPlainText(body: string, titleOf: (entryId: string) => string): string {
  const plain = body
    .replace(SPACE_BEFORE_CITATION, '')
    .replace(LINK, (_whole, to: string, text?: string) => text?.trim() ?? titleOf(to.trim()))
    .replace(CITATION_GROUP, '')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return tidyPunctuationSpacing(plain)
}
