import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { importFactbook } from './factbook/import-factbook'
import { refuseFigureKeys } from './factbook/reserved-keys'
import { loadEntries, type LoadedEntry } from './load-entries'
import { loadSources, type LoadedSource } from './load-sources'
import { loadPackMeta, type PackMeta } from './pack-meta'
import { prepareEntries, type PreparedEntry } from './prepare-entries'
import { loadDisputedClaims } from './disputed-claims'
import { loadNameVariants } from './name-variants'
import { PipelineError } from './pipeline-error'
import { loadEditorialReference, loadReferenceData } from './reference-data'
import { validateEntries } from './validate-entries'
import { buildSearchIndex } from '../core/search/search-index'
import { searchDocuments } from './search-documents'
import { loadSqlJs } from './sql-js-node'
import { writePack } from './write-pack'

/** The World Factbook's final edition, copied under data/reference/. */
const FACTBOOK_FOLDER = 'factbook-2026-01'

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
  const shown = (path: string) => relative(inputs.displayRoot, path)
  const referenceFile = join(inputs.dataDir, 'reference', 'apec-reference.json')
  const reference = await loadReferenceData(referenceFile, shown(referenceFile))
  const editorialFile = join(inputs.dataDir, 'reference', 'editorial-reference.json')
  const editorial = await loadEditorialReference(editorialFile, shown(editorialFile))
  const referenceSources = [...reference.data.sources, ...editorial.data.sources]
  const duplicate = referenceSources.find((source, index) => referenceSources.findIndex((other) => other.id === source.id) !== index)
  if (duplicate) throw new PipelineError(shown(editorialFile), null, 'sources', `nguồn tham khảo "${duplicate.id}" đã có trong apec-reference.json`)
  const sourcesById = new Map(sources.map((source) => [source.meta.id, source]))
  const claimsFile = join(inputs.dataDir, 'entries', 'disputed-claims.yaml')
  const claims = await loadDisputedClaims(claimsFile, shown(claimsFile), editorial.data, sourcesById)
  const variantsFile = join(inputs.dataDir, 'entries', 'name-variants.yaml')
  const variants = { file: await loadNameVariants(variantsFile, shown(variantsFile)), path: shown(variantsFile) }
  const loadedEntries: LoadedEntry[] = await loadEntries(join(inputs.dataDir, 'entries'), inputs.displayRoot)
  validateEntries({
    entries: loadedEntries,
    sources: sourcesById,
    reference: reference.data,
    editorial: editorial.data,
    claims,
    variants,
  })
  refuseFigureKeys(loadedEntries)
  const factbookDir = join(inputs.dataDir, 'reference', FACTBOOK_FOLDER)
  const factbook = await importFactbook(
    factbookDir,
    inputs.displayRoot,
    new Map(loadedEntries.map((entry) => [entry.meta.id, { title: entry.meta.title, type: entry.meta.type }])),
  )
  if (referenceSources.some((source) => source.id === factbook.source.id)) {
    throw new PipelineError(shown(referenceFile), null, 'sources', `nguồn tham khảo "${factbook.source.id}" trùng với nguồn của bản Factbook`)
  }
  const entries = prepareEntries(loadedEntries, sources, referenceSources)
  const contentHash = hashContent([
    ['pack.yaml', packRaw],
    ['reference/apec-reference.json', reference.raw],
    ['reference/editorial-reference.json', editorial.raw],
    ...factbook.hashed.map(([name, text]): [string, string] => [`reference/${FACTBOOK_FOLDER}/${name}`, text]),
    ...sources.map((source): [string, string] => [source.file, source.raw]),
    ...loadedEntries.map((entry): [string, string] => [entry.file, entry.raw]),
  ])
  const SQL = await loadSqlJs()
  const db = new SQL.Database()
  try {
    const searchIndexJson = buildSearchIndex(searchDocuments(entries, sources))
    const bytes = writePack(db, {
      pack,
      contentHash,
      sources,
      referenceSources: [...referenceSources, factbook.source],
      entries,
      economies: factbook.economies,
      economySourceId: factbook.source.id,
      searchIndexJson,
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
