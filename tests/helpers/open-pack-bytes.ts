import type { Catalog } from '../../data/core/catalog'
import { openCatalog } from '../../data/core/open-catalog'
import type { Result } from '../../data/core/result'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'

/** Opens pack bytes with the real core and real sql.js, as the app does. */
export async function openPackBytes(bytes: Uint8Array): Promise<Result<Catalog>> {
  const SQL = await loadSqlJs()
  return openCatalog(bytes, (data) => new SQL.Database(data))
}

/** Like openPackBytes, for packs that must open. */
export async function openCatalogFromBytes(bytes: Uint8Array): Promise<Catalog> {
  const opened = await openPackBytes(bytes)
  if (!opened.ok)
    throw new Error(`pack did not open: ${opened.error.code}: ${opened.error.message}`)
  return opened.value
}
