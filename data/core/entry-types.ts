/** Entry types and relation kinds, shared by the pipeline that validates them and the UI that labels them. */
export const ENTRY_TYPES = [
  'organisation',
  'economy',
  'body',
  'meeting',
  'agreement',
  'person',
  'place',
  'topic',
  'term',
] as const

export type EntryType = (typeof ENTRY_TYPES)[number]

/** Each type's Vietnamese name, as the app's pages and the CLI's text show it. */
export const ENTRY_TYPE_NAMES_VI: { readonly [T in EntryType]: string } = {
  organisation: 'Tổ chức',
  economy: 'Nền kinh tế',
  body: 'Cơ quan APEC',
  meeting: 'Hội nghị – sự kiện',
  agreement: 'Hiệp định – sáng kiến',
  person: 'Nhân vật',
  place: 'Địa danh',
  topic: 'Chủ đề',
  term: 'Thuật ngữ',
}

export const RELATION_KINDS = [
  'member-of',
  'observer-of',
  'hosted',
  'chaired',
  'part-of',
  'signed',
  'attended',
  'located-in',
  'led-by',
] as const

export type RelationKind = (typeof RELATION_KINDS)[number]

/** How a fact's value is read: the pipeline checks dates and numbers against the cited paragraph. */
export const FACT_VALUE_KINDS = ['year', 'month', 'date', 'number', 'text'] as const

export type FactValueKind = (typeof FACT_VALUE_KINDS)[number]

export function isEntryType(value: string): value is EntryType {
  return (ENTRY_TYPES as readonly string[]).includes(value)
}
