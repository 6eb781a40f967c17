import { readFile } from 'node:fs/promises'
import type { EncyclopediaApi } from '../../data/core/api-contract'
import { missingPackApi, openCatalogApi } from '../../data/core/open-catalog'
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
    return missingPackApi(packPath, error)
  }
  const SQL = await loadSqlJs()
  return openCatalogApi(bytes, (data) => new SQL.Database(data))
}
