import { createCatalog, type Catalog } from './catalog'
import { toResult } from './catalog-api'
import { openPackDatabase, type CreateDatabase } from './pack-open'
import type { Result } from './result'

/** Pack bytes to a ready catalog, or the precise reason they cannot be one. */
export function openCatalog(bytes: Uint8Array, createDatabase: CreateDatabase): Result<Catalog> {
  return toResult(() => createCatalog(openPackDatabase(bytes, createDatabase)))
}
