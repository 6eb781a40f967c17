import { stat } from 'node:fs/promises'
import type { EncyclopediaApi } from '../../data/core/api-contract'
import { createCatalogApi } from '../../data/core/catalog-api'
import { sameStats, type PackFileStats } from '../../data/core/checked-packs'
import { openCatalog } from '../../data/core/open-catalog'
import type { PackVerification } from '../../data/core/pack-open'
import { fail, ok, type Result } from '../../data/core/result'
import type { CheckedPackStore } from './pack/checked-pack-store'
import { readPackFileAt } from '../../data/node/pack-file-fs'
import { loadSqlJs } from './sql-js'

export interface PackFileOptions {
  /** A worker has just run every check on this very file (import-pack.ts). */
  integrityAlreadyChecked?: boolean
  /** Packs already checked: one of them opens without quick_check, and a pack checked now is added. */
  checked?: CheckedPackStore
}

/** A pack in use: the API the window talks to, and how to release its database when replaced. */
export interface OpenPack {
  api: EncyclopediaApi
  close(): void
}

/**
 * Opens the pack file as the API the window talks to. A pack that cannot be used still yields an
 * API, one that answers every call with the reason, so the UI shows a Vietnamese error screen.
 */
export async function loadPackApi(packPath: string, checked?: CheckedPackStore): Promise<OpenPack> {
  const opened = await openPackFile(packPath, packPath, checked ? { checked } : {})
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
  options: PackFileOptions = {},
): Promise<Result<OpenPack>> {
  // Size and time first: the record of checked packs (checked-packs.ts) is matched against them,
  // and a pack recorded as checked must not have changed between this and the end of the read.
  const stats = await stat(packPath).catch(() => null)
  // Every pack, the shipped one and app-owned copies included, goes through the same file checks.
  const read = await readPackFileAt(packPath)
  if (!read.ok) return fail(read.error.code, `${shownAs}: ${read.error.message}`)
  if (stats === null) return fail('pack-missing', `${shownAs}: the file vanished while it was read`)
  const { checked } = options
  const known = checked ? await checked.knownHash(packPath, stats) : null
  const SQL = await loadSqlJs()
  let verification: PackVerification | null = null
  // sql.js copies the bytes into its own file; ours are garbage once this function returns.
  const opened = openCatalog(read.value, (data) => new SQL.Database(data), {
    integrityAlreadyChecked: options.integrityAlreadyChecked ?? false,
    checkedContentHash: known,
    verified: (facts) => (verification = facts),
  })
  if (!opened.ok) return fail(opened.error.code, `${shownAs}: ${opened.error.message}`)
  const catalog = opened.value
  if (checked) await rememberChecked(checked, packPath, stats, verification, options)
  return ok({ api: createCatalogApi(catalog), close: () => catalog.close() })
}

/** A pack checked in full just now (here or in a worker), unchanged while it was read, is recorded. */
async function rememberChecked(
  checked: CheckedPackStore,
  path: string,
  before: PackFileStats,
  verification: PackVerification | null,
  options: PackFileOptions,
): Promise<void> {
  if (verification === null) return
  const { contentHash, integrityChecked } = verification
  if (contentHash === '' || !(integrityChecked || options.integrityAlreadyChecked)) return
  const after = await stat(path).catch(() => null)
  if (after === null || !sameStats(before, after)) return
  await checked.remember({ path, size: before.size, mtimeMs: before.mtimeMs, contentHash })
}
