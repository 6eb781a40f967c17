import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { loadEntries, type LoadedEntry } from './load-entries'
import { loadSources, type LoadedSource } from './load-sources'
import { loadPackMeta, type PackMeta } from './pack-meta'
import { prepareEntries, type PreparedEntry } from './prepare-entries'
import { loadReferenceData } from './reference-data'
import { validateEntries } from './validate-entries'
import { buildSearchIndex } from '../core/search/search-index'
import { searchDocuments } from './search-documents'
import { loadSqlJs } from './sql-js-node'
import { writePack } from './write-pack'

export interface PackInputs {
  /** The `data/` folder: `pack.yaml`, `sources/`, `entries/` and `reference/`. */
  dataDir: string
  /** Paths in messages are relative to this folder (the project root). */
  displayRoot: string
}

export interface BuiltPack {
  bytes: Uint8Array
  pack: PackMeta
  sources: LoadedSource[]
  entries: PreparedEntry[]
  contentHash: string
}

/** Validates all content, then builds the pack in memory. Nothing is written if anything is wrong. */
export async function buildPack(inputs: PackInputs): Promise<BuiltPack> {
  const packFile = join(inputs.dataDir, 'pack.yaml')
  const { meta: pack, raw: packRaw } = await loadPackMeta(packFile, relative(inputs.displayRoot, packFile))
  const sources = await loadSources(join(inputs.dataDir, 'sources'), inputs.displayRoot)
  const referenceFile = join(inputs.dataDir, 'reference', 'apec-reference.json')
  const reference = await loadReferenceData(referenceFile, relative(inputs.displayRoot, referenceFile))
  const loadedEntries: LoadedEntry[] = await loadEntries(join(inputs.dataDir, 'entries'), inputs.displayRoot)
  validateEntries({
    entries: loadedEntries,
    sources: new Map(sources.map((source) => [source.meta.id, source])),
    reference: reference.data,
  })
  const entries = prepareEntries(loadedEntries, sources, reference.data.sources)
  const contentHash = hashContent([
    ['pack.yaml', packRaw],
    ['reference/apec-reference.json', reference.raw],
    ...sources.map((source): [string, string] => [source.file, source.raw]),
    ...loadedEntries.map((entry): [string, string] => [entry.file, entry.raw]),
  ])
  const SQL = await loadSqlJs()
  const db = new SQL.Database()
  try {
    const searchIndex = buildSearchIndex(searchDocuments(entries, sources))
    const bytes = writePack(db, {
      pack,
      contentHash,
      sources,
      referenceSources: reference.data.sources,
      entries,
      searchIndex,
    })
    return { bytes, pack, sources, entries, contentHash }
  } finally {
    db.close()
  }
}

function hashContent(files: [string, string][]): string {
  const hash = createHash('sha256')
  for (const [name, text] of files) hash.update(name).update('\u0000').update(text).update('\u0000')
  return hash.digest('hex')
}
