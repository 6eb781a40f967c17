import { z } from 'zod'
import { slugSchema } from '../core/api-inputs'
import { ENTRY_TYPES, RELATION_KINDS } from '../core/entry-types'

/** YAML reads `1989` as a number and `1989-11` as a string; facts keep both as text. */
const scalarText = z.union([z.string().min(1), z.number()]).transform(String)

/** `wikipedia-apec#5` (a paragraph of a primary source) or `ref:apec-history` (a reference source). */
export const citationSchema = z
  .string()
  .regex(/^(ref:[a-z0-9-]+|[a-z0-9-]+#[1-9]\d*)$/, 'trích dẫn dạng "<id-nguồn>#<số đoạn>" hoặc "ref:<id>"')

export const factSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'khóa dữ kiện dạng kebab-case tiếng Anh'),
  label: z.string().min(1),
  value: scalarText,
  asOf: scalarText.optional(),
  source: citationSchema,
})

export const relationSchema = z.strictObject({
  kind: z.enum(RELATION_KINDS),
  to: slugSchema,
})

export const entryMetaSchema = z.strictObject({
  id: slugSchema,
  type: z.enum(ENTRY_TYPES),
  title: z.string().min(1),
  names: z.strictObject({ en: z.string().min(1).optional(), zh: z.string().min(1).optional() }).default({}),
  aliases: z.array(z.string().min(1)).default([]),
  /** Names a reader may type that the entry never shows as its own (the naming rules forbid them). */
  searchNames: z.array(z.string().min(1)).default([]),
  summary: z.string().min(1),
  facts: z.array(factSchema).default([]),
  relations: z.array(relationSchema).default([]),
})

export type EntryMeta = z.infer<typeof entryMetaSchema>
export type FactInput = z.infer<typeof factSchema>
