import { z } from 'zod'
import { SOURCE_KINDS, type ApiInput, type ApiMethod } from './api-contract'
import { COMPARISON_GROUPS } from './economy/comparison-types'
import { ENTRY_TYPES } from './entry-types'
import { MAX_QUERY_CHARS } from './search/query-limit'
import { SLUG_PATTERN } from './slug'

export const slugSchema = z.string().max(120).regex(SLUG_PATTERN)

/**
 * How each method's input is checked where it enters from an untrusted side (IPC, worker
 * messages, the CLI). A total map: a method without a schema fails to compile.
 */
export const API_INPUT_SCHEMAS: { readonly [K in ApiMethod]: z.ZodType<ApiInput<K>> } = {
  getPackInfo: z.undefined(),
  listSources: z
    .strictObject({
      kind: z.enum(SOURCE_KINDS).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      // int() already means a safe integer: any offset past the end is an empty page, not an error.
      offset: z.number().int().min(0).optional(),
    })
    .optional(),
  getSource: z.strictObject({ id: slugSchema }),
  listEntries: z.strictObject({ type: z.enum(ENTRY_TYPES).optional() }),
  getEntry: z.strictObject({ id: slugSchema }),
  listMembers: z.undefined(),
  getTimeline: z.undefined(),
  listApecYears: z.undefined(),
  // The box (maxLength) and the results route (cutQuery) never send more than MAX_QUERY_CHARS.
  search: z.strictObject({
    query: z.string().max(MAX_QUERY_CHARS),
    type: z.enum(ENTRY_TYPES).optional(),
    yearFrom: z.number().int().min(0).max(9999).optional(),
    yearTo: z.number().int().min(0).max(9999).optional(),
    limit: z.number().int().min(1).max(100).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
  }),
  suggest: z.strictObject({ prefix: z.string().max(MAX_QUERY_CHARS), limit: z.number().int().min(1).max(50).optional() }),
  answer: z.strictObject({ query: z.string().max(MAX_QUERY_CHARS) }),
  getComparison: z.strictObject({ group: z.enum(COMPARISON_GROUPS) }),
}
