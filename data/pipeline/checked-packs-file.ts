import { mkdir, readFile, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { EncyclopediaApi } from '../core/api-contract'
import { createCatalogApi } from '../core/catalog-api'
import {
  checkedContentHash,
  parseCheckedPacks,
  sameStats,
  serializeCheckedPacks,
  withCheckedPack,
  type PackFileStats,
} from '../core/checked-packs'
import { missingPackApi, openCatalog } from '../core/open-catalog'
import type { PackVerification } from '../core/pack-open'
import { writeFileAtomic } from './atomic-write'
import { loadSqlJs } from './sql-js-node'

/**
 * Where the CLI records the packs that passed quick_check (data/core/checked-packs.ts): the
 * user's cache folder, so a second query on the same pack skips the check, as the desktop app's
 * second start does. `APEC_CHECKED_PACKS` names another file (tests).
 */
export function checkedPacksFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.APEC_CHECKED_PACKS) return env.APEC_CHECKED_PACKS
  const cache =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
      : (env.XDG_CACHE_HOME ?? join(homedir(), '.cache'))
  return join(cache, 'bach-khoa-apec', 'checked-packs.json')
}

/** The pack file as the catalog API, quick_check skipped when the record vouches for it. */
export async function openPackFileApi(packPath: string, record = checkedPacksFile()): Promise<EncyclopediaApi> {
  const path = resolve(packPath)
  let bytes: Uint8Array | null
  let stats: PackFileStats
  try {
    stats = await stat(path)
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    return missingPackApi(packPath, error)
  }
  const packs = parseCheckedPacks(await readFile(record, 'utf8').catch(() => ''))
  const SQL = await loadSqlJs()
  let verification: PackVerification | null = null
  const opened = openCatalog(bytes, (data) => new SQL.Database(data), {
    checkedContentHash: checkedContentHash(packs, path, stats),
    verified: (facts) => (verification = facts),
  })
  // sql.js copied the bytes into its own file: ours go, so the pack is not held twice.
  bytes = null
  if (!opened.ok) return createCatalogApi(opened.error)
  const { integrityChecked, contentHash } = verification ?? { integrityChecked: false, contentHash: '' }
  if (integrityChecked && contentHash !== '') {
    const after = await stat(path).catch(() => null)
    // A record that cannot be written (a read-only home) only means the check runs next time.
    if (after !== null && sameStats(stats, after)) {
      await mkdir(dirname(record), { recursive: true })
        .then(() => writeFileAtomic(record, new TextEncoder().encode(serializeCheckedPacks(withCheckedPack(packs, { path, ...pick(stats), contentHash })))))
        .catch(() => undefined)
    }
  }
  return createCatalogApi(opened.value)
}

const pick = ({ size, mtimeMs }: PackFileStats): PackFileStats => ({ size, mtimeMs })
