import { META_KEYS, PACK_INDEXES, PACK_TABLES, PARAGRAPH_KINDS, SCHEMA_VERSION } from '../core/schema'
import type { IndexParts } from '../core/search/search-index'
import { integerColumn, selectOne, type SqlDatabase, type SqlValue } from '../core/sql-database'
import type { LoadedSource } from './load-sources'
import type { PackMeta } from './pack-meta'
import type { PreparedEntry } from './prepare-entries'
import type { ImportedEconomy } from './factbook/import-factbook'
import { writeEconomyFigures } from './factbook/write-figures'
import type { ReferenceSourceRow } from './reference-data'

export interface PackContent {
  pack: PackMeta
  contentHash: string
  sources: readonly LoadedSource[]
  referenceSources: readonly ReferenceSourceRow[]
  entries: readonly PreparedEntry[]
  /** The Factbook's economies and their figures (data/pipeline/factbook/), cited to `economySourceId`. */
  economies: readonly ImportedEconomy[]
  economySourceId: string
  /** The search index's parts (data/core/search/search-index.ts). */
  searchIndex: IndexParts
}

/**
 * Writes a pack into an empty database and returns its bytes. Rows go in a fixed order and
 * nothing time-dependent is stored, so the same content always gives the same bytes.
 */
export function writePack(db: SqlDatabase, content: PackContent): Uint8Array {
  beginPack(db)
  writeMeta(db, content.pack, content.contentHash)
  const primary = primarySourceWriter(db)
  try {
    for (const source of content.sources) primary.add(source)
  } finally {
    primary.free()
  }
  insertAll(
    db,
    `INSERT INTO sources (id, position, kind, title, series, publisher_id, author, date_value, date_kind,
       date_note, languages, origin, attribution, licence, url, accessed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    content.referenceSources.map((source, index): SqlValue[] => [
      source.id,
      content.sources.length + index,
      'reference',
      source.title,
      null,
      publisherId(db, source.publisher),
      null,
      null,
      'unknown',
      null,
      'en',
      source.origin ?? `Nguồn tham khảo ngoài năm tài liệu gốc, truy cập ngày ${source.accessed}.`,
      source.attribution ??
        `${source.publisher}, "${source.title}". Dữ kiện trích từ nguồn này được đánh dấu là nguồn tham khảo, không phải từ tài liệu gốc.`,
      source.licence ?? null,
      source.url,
      source.accessed,
    ]),
  )
  writeEntries(db, content.entries)
  writeEconomyFigures(db, content.economies, content.economySourceId)
  return finishPack(db, content.searchIndex)
}

/** Schema and an open transaction; the streaming half of writePack, for packs built file by file. */
export function beginPack(db: SqlDatabase): void {
  db.run(`PRAGMA user_version = ${SCHEMA_VERSION}`)
  db.run('PRAGMA journal_mode = OFF')
  db.run('BEGIN')
  for (const ddl of Object.values(PACK_TABLES)) db.run(ddl)
  for (const ddl of PACK_INDEXES) db.run(ddl)
}

export function writeMeta(db: SqlDatabase, pack: PackMeta, contentHash: string): void {
  const meta: [string, string][] = [
    [META_KEYS.schemaVersion, String(SCHEMA_VERSION)],
    [META_KEYS.packTitle, pack.title],
    [META_KEYS.packVersion, pack.version],
    [META_KEYS.language, pack.language],
    [META_KEYS.contentHash, contentHash],
  ]
  insertAll(db, 'INSERT INTO meta (key, value) VALUES (?, ?)', meta)
}

export interface PrimarySourceWriter {
  /** Inserts one primary source and its blocks, at the next position. */
  add(source: Pick<LoadedSource, 'meta' | 'blocks'>): void
  free(): void
}

/** Keeps its statements prepared across sources: a folder pack inserts a hundred thousand of them. */
export function primarySourceWriter(db: SqlDatabase): PrimarySourceWriter {
  const sourceStatement = db.prepare(
    `INSERT INTO sources (id, position, kind, title, series, publisher_id, author, date_value, date_kind,
       date_note, languages, origin, attribution, licence, url, accessed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const paragraphStatement = db.prepare(
    'INSERT INTO paragraphs (source_id, position, number, kind, lang, text) VALUES (?, ?, ?, ?, ?, ?)',
  )
  let position = 0
  // A folder pack has one publisher for all its sources: looked up once, not once a source.
  const publishers = new Map<string, number>()
  return {
    add({ meta: source, blocks }) {
      let publisher = publishers.get(source.publisher)
      if (publisher === undefined) {
        publisher = publisherId(db, source.publisher)
        publishers.set(source.publisher, publisher)
      }
      sourceStatement.run([
        source.id,
        position,
        'primary',
        source.title,
        source.series ?? null,
        publisher,
        source.author ?? null,
        source.date.value ?? null,
        source.date.kind,
        source.date.note ?? null,
        source.languages.join(','),
        source.origin,
        source.attribution,
        source.licence ?? null,
        null,
        null,
      ])
      position += 1
      blocks.forEach((block, index) =>
        paragraphStatement.run([source.id, index, block.number, PARAGRAPH_KINDS.indexOf(block.kind), block.lang, block.text]),
      )
    },
    free() {
      sourceStatement.free()
      paragraphStatement.free()
    },
  }
}

/**
 * The id of a publisher's row in `publishers`, added when new. Ids count from 0 in the order
 * publishers are first met, so the same content gives the same ids (and 0 and 1, the commonest,
 * take no bytes in a source row).
 */
function publisherId(db: SqlDatabase, name: string): number {
  const found = selectOne(db, 'SELECT id FROM publishers WHERE name = ?', [name])
  if (found) return integerColumn(found, 'id')
  const next = integerColumn(selectOne(db, 'SELECT count(*) AS count FROM publishers') ?? { count: 0 }, 'count')
  db.run('INSERT INTO publishers (id, name) VALUES (?, ?)', [next, name])
  return next
}

/**
 * Stores the index, commits and compacts the pack, and returns its bytes. The parts are dropped
 * from `searchIndex` once stored: a large pack's VACUUM and export each need the pack's size again.
 */
export function finishPack(db: SqlDatabase, searchIndex: IndexParts): Uint8Array {
  // Parts in name order, so the same index gives the same pages.
  const parts = [...searchIndex].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  searchIndex.clear()
  insertAll(db, 'INSERT INTO search_index (name, data) VALUES (?, ?)', parts)
  parts.length = 0
  db.run('COMMIT')
  db.run('PRAGMA temp_store = MEMORY')
  db.run('VACUUM')
  return db.export()
}

function writeEntries(db: SqlDatabase, entries: readonly PreparedEntry[]): void {
  insertAll(
    db,
    'INSERT INTO entries (id, type, title, name_en, name_zh, summary, body_html) VALUES (?, ?, ?, ?, ?, ?, ?)',
    entries.map((entry) => [entry.id, entry.type, entry.title, entry.nameEn, entry.nameZh, entry.summary, entry.bodyHtml]),
  )
  insertAll(
    db,
    'INSERT INTO entry_aliases (entry_id, position, alias) VALUES (?, ?, ?)',
    entries.flatMap((entry) => entry.aliases.map((alias, position) => [entry.id, position, alias])),
  )
  insertAll(
    db,
    `INSERT INTO facts (entry_id, position, key, label, value, value_kind, as_of, source_id, paragraph)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    entries.flatMap((entry) =>
      entry.facts.map((fact, position) => [
        entry.id,
        position,
        fact.key,
        fact.label,
        fact.value,
        fact.valueKind,
        fact.asOf,
        fact.sourceId,
        fact.paragraph,
      ]),
    ),
  )
  insertAll(
    db,
    'INSERT OR IGNORE INTO relations (from_id, kind, to_id, position) VALUES (?, ?, ?, ?)',
    entries.flatMap((entry) => entry.relations.map((relation, position) => [entry.id, relation.kind, relation.to, position])),
  )
  insertAll(
    db,
    'INSERT INTO body_citations (entry_id, number, source_id, paragraph) VALUES (?, ?, ?, ?)',
    entries.flatMap((entry) =>
      entry.bodyCitations.map((citation, index) => [entry.id, index + 1, citation.sourceId, citation.paragraph]),
    ),
  )
  insertAll(
    db,
    'INSERT INTO entry_links (from_id, to_id) VALUES (?, ?)',
    entries.flatMap((entry) => entry.links.map((to) => [entry.id, to])),
  )
}

function insertAll(db: SqlDatabase, sql: string, rows: SqlValue[][]): void {
  const statement = db.prepare(sql)
  try {
    for (const row of rows) statement.run(row)
  } finally {
    statement.free()
  }
}
