import { readFile } from 'node:fs/promises'
import type { EncyclopediaApi } from '../../data/core/api-contract'
import { createCatalogApi } from '../../data/core/catalog-api'
import { openCatalog } from '../../data/core/open-catalog'
import { loadSqlJs } from './sql-js'

/**
 * Opens the pack file as the API the window talks to. A pack that cannot be used still yields an
 * API, one that answers every call with the reason, so the UI shows a Vietnamese error screen.
 */
export async function loadPackApi(packPath: string): Promise<EncyclopediaApi> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(packPath))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return createCatalogApi({ code: 'pack-missing', message: `${packPath}: ${reason}` })
  }
  const SQL = await loadSqlJs()
  const opened = openCatalog(bytes, (data) => new SQL.Database(data))
  return createCatalogApi(opened.ok ? opened.value : opened.error)
}
