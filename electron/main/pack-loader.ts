import type { EncyclopediaApi } from '../../data/core/api-contract'
import { createCatalogApi } from '../../data/core/catalog-api'
import { openCatalog } from '../../data/core/open-catalog'
import type { PackOpenOptions } from '../../data/core/pack-open'
import { fail, ok, type Result } from '../../data/core/result'
import { readPackFileAt } from './pack/pack-file-probe'
import { loadSqlJs } from './sql-js'

/** A pack in use: the API the window talks to, and how to release its database when replaced. */
export interface OpenPack {
  api: EncyclopediaApi
  close(): void
}

/**
 * Opens the pack file as the API the window talks to. A pack that cannot be used still yields an
 * API, one that answers every call with the reason, so the UI shows a Vietnamese error screen.
 */
export async function loadPackApi(packPath: string): Promise<OpenPack> {
  const opened = await openPackFile(packPath)
  if (opened.ok) return opened.value
  return { api: createCatalogApi(opened.error), close: () => undefined }
}

/**
 * Opens a pack file: the API only if the pack is usable, otherwise the reason, so the pack already
 * open stays in place. Messages name the file as `shownAs` (the user's file, for an app-owned copy).
 */
export async function openPackFile(
  packPath: string,
  shownAs: string = packPath,
  options: PackOpenOptions = {},
): Promise<Result<OpenPack>> {
  // Every pack, the shipped one and app-owned copies included, goes through the same file checks.
  const read = await readPackFileAt(packPath)
  if (!read.ok) return fail(read.error.code, `${shownAs}: ${read.error.message}`)
  const bytes = read.value
  const SQL = await loadSqlJs()
  const opened = openCatalog(bytes, (data) => new SQL.Database(data), options)
  if (!opened.ok) return fail(opened.error.code, `${shownAs}: ${opened.error.message}`)
  const catalog = opened.value
  return ok({ api: createCatalogApi(catalog), close: () => catalog.close() })
}
