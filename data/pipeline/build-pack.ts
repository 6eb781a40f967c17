import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { loadSources, type LoadedSource } from './load-sources'
import { loadPackMeta, type PackMeta } from './pack-meta'
import { loadSqlJs } from './sql-js-node'
import { writePack } from './write-pack'

export interface PackInputs {
  /** The `data/` folder: `pack.yaml` and `sources/`. */
  dataDir: string
  /** Paths in messages are relative to this folder (the project root). */
  displayRoot: string
}

export interface BuiltPack {
  bytes: Uint8Array
  pack: PackMeta
  sources: LoadedSource[]
  contentHash: string
}

/** Validates all content, then builds the pack in memory. Nothing is written if anything is wrong. */
export async function buildPack(inputs: PackInputs): Promise<BuiltPack> {
  const packFile = join(inputs.dataDir, 'pack.yaml')
  const { meta: pack, raw: packRaw } = await loadPackMeta(packFile, relative(inputs.displayRoot, packFile))
  const sources = await loadSources(join(inputs.dataDir, 'sources'), inputs.displayRoot)
  const contentHash = hashContent([
    ['pack.yaml', packRaw],
    ...sources.map((source): [string, string] => [source.file, source.raw]),
  ])
  const SQL = await loadSqlJs()
  const db = new SQL.Database()
  try {
    const bytes = writePack(db, { pack, contentHash, sources })
    return { bytes, pack, sources, contentHash }
  } finally {
    db.close()
  }
}

function hashContent(files: [string, string][]): string {
  const hash = createHash('sha256')
  for (const [name, text] of files) hash.update(name).update('\u0000').update(text).update('\u0000')
  return hash.digest('hex')
}
