import { z } from 'zod'
import { slugSchema } from '../core/api-inputs'

/** Which lines a cleaning rule applies to: an exact (whitespace-normalised) line, a prefix or a substring. */
export const lineMatcherSchema = z.union([
  z.string().min(1),
  z.strictObject({ startsWith: z.string().min(1) }),
  z.strictObject({ contains: z.string().min(1) }),
])

export type LineMatcher = z.infer<typeof lineMatcherSchema>

export const cleaningRuleSchema = z.union([
  z.strictObject({ dropUntil: lineMatcherSchema }),
  z.strictObject({ dropFrom: lineMatcherSchema }),
  z.strictObject({ drop: lineMatcherSchema }),
  z.strictObject({ stripPrefix: z.string().min(1) }),
  z.strictObject({ heading: lineMatcherSchema }),
  z.strictObject({ subheading: lineMatcherSchema }),
  z.strictObject({ wikiHeadings: z.literal(true) }),
  z.strictObject({ dropSection: z.string().min(1) }),
  z.strictObject({ dropEmptySections: z.literal(true) }),
])

export type CleaningRule = z.infer<typeof cleaningRuleSchema>

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/

export const sourceMetaSchema = z.strictObject({
  id: slugSchema,
  seed: z.string().min(1).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'cần mã SHA-256 (64 chữ số hex) của văn bản gốc'),
  title: z.string().min(1),
  series: z.string().min(1).optional(),
  publisher: z.string().min(1),
  author: z.string().min(1).optional(),
  date: z
    .strictObject({
      value: z.string().regex(isoDate, 'ngày theo dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM').optional(),
      kind: z.enum(['published', 'event', 'unknown']),
      note: z.string().min(1).optional(),
    })
    .refine((date) => (date.kind === 'unknown') === (date.value === undefined), {
      message: 'ngày "unknown" không có value; ngày "published"/"event" phải có value',
    }),
  languages: z.array(z.enum(['vi', 'zh', 'en'])).min(1),
  origin: z.string().min(1),
  attribution: z.string().min(1),
  licence: z.string().min(1).optional(),
  cleaning: z.array(cleaningRuleSchema).default([]),
})

export type SourceMeta = z.infer<typeof sourceMetaSchema>
