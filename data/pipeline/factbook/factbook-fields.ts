/**
 * Reading the Factbook's JSON shape: section → field → `{ text }`, or sub-keys each with a `text`,
 * or one sub-key per year ("Exports 2024"), beside an optional `note` holding HTML. Keys are not
 * perfectly regular (the area's "total " ends in a space), so keys are compared trimmed. Every
 * miss is an error naming the key path, never a silent gap.
 */
export type FactbookJson = Record<string, unknown>

/** A text the Factbook holds, with where it is ("Economy › Exports › Exports 2024"). */
export interface LocatedText {
  path: string[]
  text: string
}

export class FieldError extends Error {
  readonly path: readonly string[]

  constructor(path: readonly string[], message: string) {
    super(message)
    this.path = path
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The child of a node whose key, trimmed, is `key`; undefined when absent. */
export function childOf(node: unknown, key: string): unknown {
  if (!isRecord(node)) return undefined
  const found = Object.keys(node).find((candidate) => candidate.trim() === key)
  return found === undefined ? undefined : node[found]
}

/** The node at a path, or a FieldError naming the first key that is missing. */
export function nodeAt(json: FactbookJson, path: readonly string[]): unknown {
  let node: unknown = json
  for (const [index, key] of path.entries()) {
    node = childOf(node, key)
    if (node === undefined) throw new FieldError(path.slice(0, index + 1), 'không có trường này')
  }
  return node
}

/** The `text` of the node at a path (a field, or one of its sub-keys). */
export function textAt(json: FactbookJson, path: readonly string[]): LocatedText {
  const text = childOf(nodeAt(json, path), 'text')
  if (typeof text !== 'string') throw new FieldError(path, 'không có "text"')
  return { path: [...path], text }
}

/**
 * A field given once per year ("Exports 2024", "Exports 2023"...), newest first. The `note` beside
 * them is not a year; any other key is refused, so a renamed key cannot drop a year unseen.
 */
export function yearTexts(json: FactbookJson, path: readonly string[]): LocatedText[] {
  const node = nodeAt(json, path)
  if (!isRecord(node)) throw new FieldError(path, 'không phải một nhóm trường')
  const field = path.at(-1) ?? ''
  const texts: { year: number; located: LocatedText }[] = []
  for (const key of Object.keys(node)) {
    if (key === 'note') continue
    const year = key.startsWith(`${field} `) ? key.slice(field.length + 1) : ''
    if (!/^\d{4}$/.test(year)) throw new FieldError([...path, key], `khóa không phải "${field} <năm>"`)
    texts.push({ year: Number(year), located: textAt(json, [...path, key]) })
  }
  if (texts.length === 0) throw new FieldError(path, 'không có năm nào')
  return texts.sort((a, b) => b.year - a.year).map((item) => item.located)
}

/** A field's note as plain text ("<b>note:</b> data in 2021 dollars" → "data in 2021 dollars"); null if none. */
export function noteAt(json: FactbookJson, path: readonly string[]): string | null {
  const note = childOf(nodeAt(json, path), 'note')
  const html = isRecord(note) ? note.text : note
  if (html === undefined) return null
  if (typeof html !== 'string') throw new FieldError([...path, 'note'], 'ghi chú không phải văn bản')
  return plainText(html)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Tags dropped, the few named entities the Factbook uses decoded, "note:" and spaces tidied. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^note: /i, '')
}
