import type { EncyclopediaApi } from './api-contract'
import type { Catalog } from './catalog'
import { CatalogError } from './error-codes'
import { fail, ok, type ApiError, type Result } from './result'

/**
 * The EncyclopediaApi over a catalog, or over the error that kept the pack from opening (then every
 * method answers with that error, so the UI can explain it instead of showing a white screen).
 */
export function createCatalogApi(catalog: Catalog | ApiError): EncyclopediaApi {
  const run = <T>(body: (open: Catalog) => T): Promise<Result<T>> => {
    if (!('listSources' in catalog)) return Promise.resolve({ ok: false, error: catalog })
    return Promise.resolve(toResult(() => body(catalog)))
  }
  return {
    getPackInfo: () => run((open) => open.packInfo()),
    listSources: (input) => run((open) => open.listSources(input)),
    getSource: (input) => run((open) => open.getSource(input.id)),
    listEntries: (input) => run((open) => open.listEntries(input.type)),
    getEntry: (input) => run((open) => open.getEntry(input.id)),
    listMembers: () => run((open) => open.listMembers()),
    getTimeline: () => run((open) => open.getTimeline()),
    listApecYears: () => run((open) => open.listApecYears()),
    search: (input) => run((open) => open.search(input)),
    suggest: (input) => run((open) => open.suggest(input)),
    answer: (input) => run((open) => open.answer(input)),
    getComparison: (input) => run((open) => open.getComparison(input.group)),
  }
}

export function toResult<T>(body: () => T): Result<T> {
  try {
    return ok(body())
  } catch (error) {
    return errorResult(error)
  }
}

export function errorResult(error: unknown): Result<never> {
  if (error instanceof CatalogError) return fail(error.code, error.message)
  return fail('internal', error instanceof Error ? error.message : String(error))
}
