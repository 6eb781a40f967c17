import { createCatalog, type Catalog } from './catalog'
import type { EncyclopediaApi } from './api-contract'
import { createCatalogApi, toResult } from './catalog-api'
import { openPackDatabase, type CreateDatabase, type PackOpenOptions } from './pack-open'
import type { Result } from './result'

/** Pack bytes to a ready catalog, or the precise reason they cannot be one. */
export function openCatalog(
  bytes: Uint8Array,
  createDatabase: CreateDatabase,
  options: PackOpenOptions = {},
): Result<Catalog> {
  return toResult(() => createCatalog(openPackDatabase(bytes, createDatabase, options)))
}

/**
 * Every check openCatalog makes on the database (header, integrity, schema, version), without
 * keeping it open: what a worker runs on a new pack before the app uses it.
 */
export function checkPackBytes(bytes: Uint8Array, createDatabase: CreateDatabase): Result<null> {
  return toResult(() => {
    openPackDatabase(bytes, createDatabase).close()
    return null
  })
}

/**
 * The API over pack bytes, or over the reason they cannot be used: a bad pack still yields an API,
 * one that answers every call with that reason, so each shell can explain it instead of crashing.
 */
export function openCatalogApi(bytes: Uint8Array, createDatabase: CreateDatabase): EncyclopediaApi {
  const opened = openCatalog(bytes, createDatabase)
  return createCatalogApi(opened.ok ? opened.value : opened.error)
}
