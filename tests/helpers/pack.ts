import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'sql.js'
import { openCatalog } from '../../data/core/open-catalog'
import type { Catalog } from '../../data/core/catalog'
import { buildPack, type BuiltPack } from '../../data/pipeline/build-pack'
import { DATA_DIR, PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'

let shipped: Promise<BuiltPack> | undefined

/** The real pack, built once per test file by the real pipeline from data/. */
export function buildShippedPack(): Promise<BuiltPack> {
  shipped ??= buildPack({ dataDir: DATA_DIR, displayRoot: PROJECT_ROOT })
  return shipped
}

export async function openShippedCatalog(): Promise<Catalog> {
  const { bytes } = await buildShippedPack()
  const SQL = await loadSqlJs()
  const opened = openCatalog(bytes, (data) => new SQL.Database(data))
  if (!opened.ok) throw new Error(`shipped pack did not open: ${opened.error.message}`)
  return opened.value
}

/** A copy of the shipped pack changed by `edit`, for tests of packs that must be refused. */
export async function editedPackBytes(edit: (db: Database) => void): Promise<Uint8Array> {
  const { bytes } = await buildShippedPack()
  const SQL = await loadSqlJs()
  const db = new SQL.Database(bytes)
  try {
    edit(db)
    return db.export()
  } finally {
    db.close()
  }
}

export async function writeTempFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'apec-test-'))
  const path = join(directory, name)
  await writeFile(path, bytes)
  return path
}
