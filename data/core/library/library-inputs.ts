import { z } from 'zod'
import type { LibraryMethod, LibraryStore } from './library-contract'
import { libraryDocumentSchema } from './library-schema'

/** How each library method's input is checked where it enters main from the renderer. A total map. */
export const LIBRARY_INPUT_SCHEMAS: { readonly [K in LibraryMethod]: z.ZodType<Parameters<LibraryStore[K]>[0]> } = {
  load: z.undefined(),
  save: z.strictObject({ library: libraryDocumentSchema, baseRevision: z.number().int().nonnegative() }),
  exportTo: libraryDocumentSchema,
  importFrom: z.undefined(),
}
