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
