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
import { openCatalog } from '../core/open-catalog'
import { fail, ok, type Result } from '../core/result'
import type { PackVerification } from '../core/pack-open'
import { writeFileAtomic } from './atomic-write'
import { readPackFileAt } from '../node/pack-file-fs'
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

/**
 * The pack file as the catalog API, read under the same rules as the desktop (regular file, 1 GiB,
 * SQLite header: data/node/pack-file-fs.ts) and verified, quick_check skipped when the record vouches for
 * it. An unusable pack is an error, so the CLI ends the run before any input is read.
 */
export async function openPackFileApi(
  packPath: string,
  record = checkedPacksFile(),
  /** Told whether quick_check ran (the bench prints it). */
  observe?: (facts: PackVerification) => void,
): Promise<Result<EncyclopediaApi>> {
  const path = resolve(packPath)
  // sql.js's WASM compiles while the pack is read: a CLI query waited for one, then the other.
  const sqlJs = loadSqlJs()
  sqlJs.catch(() => undefined)
  // Size and time first: a pack recorded as checked must not change between this and the read.
  const stats = await stat(path).catch(() => null)
  const read = await readPackFileAt(packPath)
  // Messages start with the path: a script may pass several packs.
  if (!read.ok) return fail(read.error.code, `${packPath}: ${read.error.message}`)
  if (stats === null) return fail('pack-missing', `${packPath}: the file vanished while it was read`)
  const packs = parseCheckedPacks(await readFile(record, 'utf8').catch(() => ''))
  const SQL = await sqlJs
  let verification: PackVerification | null = null
  // sql.js copies the bytes into its own file; ours are garbage once this function returns.
  const opened = openCatalog(read.value, (data) => new SQL.Database(data), {
    checkedContentHash: checkedContentHash(packs, path, stats),
    verified: (facts) => (verification = facts),
  })
  if (!opened.ok) return fail(opened.error.code, `${packPath}: ${opened.error.message}`)
  const { integrityChecked, contentHash } = verification ?? { integrityChecked: false, contentHash: '' }
  observe?.({ integrityChecked, contentHash })
  if (integrityChecked && contentHash !== '') {
    const after = await stat(path).catch(() => null)
    // A record that cannot be written (a read-only home) only means the check runs next time.
    if (after !== null && sameStats(stats, after)) {
      await mkdir(dirname(record), { recursive: true })
        .then(() => writeFileAtomic(record, new TextEncoder().encode(serializeCheckedPacks(withCheckedPack(packs, { path, ...pick(stats), contentHash })))))
        .catch(() => undefined)
    }
  }
  return ok(createCatalogApi(opened.value))
}

const pick = ({ size, mtimeMs }: PackFileStats): PackFileStats => ({ size, mtimeMs })
