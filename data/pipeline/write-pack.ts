import { META_KEYS, PACK_INDEXES, PACK_TABLES, SCHEMA_VERSION } from '../core/schema'
import type { SqlDatabase, SqlValue } from '../core/sql-database'
import type { LoadedSource } from './load-sources'
import type { PackMeta } from './pack-meta'

export interface PackContent {
  pack: PackMeta
  contentHash: string
  sources: readonly LoadedSource[]
}

/**
 * Writes a pack into an empty database and returns its bytes. Rows go in a fixed order and
 * nothing time-dependent is stored, so the same content always gives the same bytes.
 */
export function writePack(db: SqlDatabase, content: PackContent): Uint8Array {
  db.run(`PRAGMA user_version = ${SCHEMA_VERSION}`)
  db.run('PRAGMA journal_mode = OFF')
  db.run('BEGIN')
  for (const ddl of Object.values(PACK_TABLES)) db.run(ddl)
  for (const ddl of PACK_INDEXES) db.run(ddl)

  const meta: [string, string][] = [
    [META_KEYS.schemaVersion, String(SCHEMA_VERSION)],
    [META_KEYS.packTitle, content.pack.title],
    [META_KEYS.packVersion, content.pack.version],
    [META_KEYS.language, content.pack.language],
    [META_KEYS.contentHash, content.contentHash],
  ]
  insertAll(db, 'INSERT INTO meta (key, value) VALUES (?, ?)', meta)

  insertAll(
    db,
    `INSERT INTO sources (id, position, title, series, publisher, author, date_value, date_kind,
       date_note, languages, origin, attribution, licence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    content.sources.map(({ meta: source }, position) => [
      source.id,
      position,
      source.title,
      source.series ?? null,
      source.publisher,
      source.author ?? null,
      source.date.value ?? null,
      source.date.kind,
      source.date.note ?? null,
      source.languages.join(','),
      source.origin,
      source.attribution,
      source.licence ?? null,
    ]),
  )
  insertAll(
    db,
    'INSERT INTO paragraphs (source_id, position, number, kind, lang, text) VALUES (?, ?, ?, ?, ?, ?)',
    content.sources.flatMap(({ meta: source, blocks }) =>
      blocks.map((block, position) => [source.id, position, block.number, block.kind, block.lang, block.text]),
    ),
  )
  db.run('COMMIT')
  db.run('VACUUM')
  return db.export()
}

function insertAll(db: SqlDatabase, sql: string, rows: SqlValue[][]): void {
  const statement = db.prepare(sql)
  try {
    for (const row of rows) statement.run(row)
  } finally {
    statement.free()
  }
}
