import { CatalogError } from './error-codes'
import { REQUIRED_TABLES, SCHEMA_VERSION, META_KEYS } from './schema'
import { selectOne, selectRows, textColumn, type SqlDatabase } from './sql-database'
import { checkSqliteHeader } from './sqlite-header'

export type CreateDatabase = (bytes: Uint8Array) => SqlDatabase

/**
 * Opens pack bytes as a database and proves it is a readable pack of our schema version before
 * anyone queries it. Throws CatalogError with the precise code; never returns a half-usable pack.
 */
export function openPackDatabase(bytes: Uint8Array, createDatabase: CreateDatabase): SqlDatabase {
  checkSqliteHeader(bytes)
  let db: SqlDatabase
  try {
    db = createDatabase(bytes)
  } catch (error) {
    throw new CatalogError('pack-corrupt', `SQLite refused the file: ${describe(error)}`)
  }
  try {
    verifyPack(db)
    return db
  } catch (error) {
    db.close()
    if (error instanceof CatalogError) throw error
    // Any engine error while verifying means the file cannot be trusted.
    throw new CatalogError('pack-corrupt', `SQLite failed while checking the pack: ${describe(error)}`)
  }
}

function verifyPack(db: SqlDatabase): void {
  // Schema SQL from the file must not run functions with side effects.
  db.run('PRAGMA trusted_schema = OFF')
  db.run('PRAGMA query_only = ON')
  const check = selectRows(db, 'PRAGMA quick_check')
  const verdicts = check.map((row) => String(Object.values(row)[0]))
  if (verdicts.length !== 1 || verdicts[0] !== 'ok') {
    throw new CatalogError('pack-corrupt', `quick_check: ${verdicts.slice(0, 3).join('; ')}`)
  }
  const tables = new Set(
    selectRows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((row) =>
      textColumn(row, 'name'),
    ),
  )
  if (!tables.has('meta')) {
    throw new CatalogError('pack-foreign', 'the database has no meta table: not an encyclopedia pack')
  }
  const userVersion = Number(Object.values(selectOne(db, 'PRAGMA user_version') ?? {})[0])
  const metaVersion = selectOne(db, 'SELECT value FROM meta WHERE key = ?', [META_KEYS.schemaVersion])
  const storedVersion = metaVersion ? Number(textColumn(metaVersion, 'value')) : Number.NaN
  if (userVersion !== SCHEMA_VERSION || storedVersion !== SCHEMA_VERSION) {
    throw new CatalogError(
      'pack-schema-mismatch',
      `pack schema version ${userVersion}/${storedVersion}, this app reads version ${SCHEMA_VERSION}`,
    )
  }
  const missing = REQUIRED_TABLES.filter((table) => !tables.has(table))
  if (missing.length > 0) {
    throw new CatalogError('pack-schema-mismatch', `missing tables: ${missing.join(', ')}`)
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
