import { CatalogError } from './error-codes'
import {
  checkSchemaObjects,
  refuseViewsAndTriggers,
  type SchemaObject,
} from './pack-schema-objects'
import { SCHEMA_VERSION, META_KEYS } from './schema'
import {
  optionalTextColumn,
  selectOne,
  selectRows,
  textColumn,
  type SqlDatabase,
} from './sql-database'
import { checkSqliteHeader } from './sqlite-header'

export type CreateDatabase = (bytes: Uint8Array) => SqlDatabase

export interface PackOpenOptions {
  /**
   * Skip `PRAGMA quick_check`, the one check whose time grows with the pack: only for a file a
   * worker has just checked in full. The schema and version checks always run.
   */
  integrityAlreadyChecked?: boolean
  /**
   * Skip quick_check if the pack's content hash (meta) is this one: the hash recorded when this
   * file, with the size and modification time it has now, passed the check (checked-packs.ts).
   */
  checkedContentHash?: string | null
  /** Told, once the pack passed every check, its content hash and whether quick_check ran. */
  verified?: (facts: PackVerification) => void
}

export interface PackVerification {
  contentHash: string
  integrityChecked: boolean
}

/**
 * Opens pack bytes as a database and proves it is a readable pack of our schema version before
 * anyone queries it. Throws CatalogError with the precise code; never returns a half-usable pack.
 */
export function openPackDatabase(
  bytes: Uint8Array,
  createDatabase: CreateDatabase,
  options: PackOpenOptions = {},
): SqlDatabase {
  checkSqliteHeader(bytes)
  let db: SqlDatabase
  try {
    db = createDatabase(bytes)
  } catch (error) {
    throw new CatalogError('pack-corrupt', `SQLite refused the file: ${describe(error)}`)
  }
  try {
    verifyPack(db, options)
    return db
  } catch (error) {
    db.close()
    if (error instanceof CatalogError) throw error
    // Any engine error while verifying means the file cannot be trusted.
    throw new CatalogError(
      'pack-corrupt',
      `SQLite failed while checking the pack: ${describe(error)}`,
    )
  }
}

/**
 * The order matters: sqlite_master is read (nothing in it runs) and judged before quick_check, which
 * evaluates CHECK constraints, and before any data is read, so only our own schema ever executes.
 */
function verifyPack(db: SqlDatabase, options: PackOpenOptions): void {
  // Schema SQL from the file must not run functions with side effects.
  db.run('PRAGMA trusted_schema = OFF')
  db.run('PRAGMA query_only = ON')
  const objects = readSchemaObjects(db)
  refuseViewsAndTriggers(objects)
  if (!objects.some((object) => object.type === 'table' && object.name === 'meta')) {
    throw new CatalogError(
      'pack-foreign',
      'the database has no meta table: not an encyclopedia pack',
    )
  }
  const userVersion = Number(Object.values(selectOne(db, 'PRAGMA user_version') ?? {})[0])
  if (userVersion !== SCHEMA_VERSION) throw schemaMismatch(userVersion)
  checkSchemaObjects(objects)
  // Read only now that the meta table is known to be ours, as every later read is.
  const contentHash = metaValue(db, META_KEYS.contentHash) ?? ''
  const known = options.checkedContentHash
  const integrityChecked =
    !options.integrityAlreadyChecked && !(known !== undefined && known !== null && known !== '' && known === contentHash)
  if (integrityChecked) checkIntegrity(db)
  const storedVersion = Number(metaValue(db, META_KEYS.schemaVersion) ?? Number.NaN)
  if (storedVersion !== SCHEMA_VERSION) throw schemaMismatch(storedVersion)
  options.verified?.({ contentHash, integrityChecked })
}

function metaValue(db: SqlDatabase, key: string): string | null {
  const row = selectOne(db, 'SELECT value FROM meta WHERE key = ?', [key])
  return row ? textColumn(row, 'value') : null
}

function checkIntegrity(db: SqlDatabase): void {
  const verdicts = selectRows(db, 'PRAGMA quick_check').map((row) => String(Object.values(row)[0]))
  if (verdicts.length !== 1 || verdicts[0] !== 'ok') {
    throw new CatalogError('pack-corrupt', `quick_check: ${verdicts.slice(0, 3).join('; ')}`)
  }
}

function readSchemaObjects(db: SqlDatabase): SchemaObject[] {
  return selectRows(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master').map((row) => ({
    type: textColumn(row, 'type'),
    name: textColumn(row, 'name'),
    tableName: textColumn(row, 'tbl_name'),
    sql: optionalTextColumn(row, 'sql'),
  }))
}

function schemaMismatch(version: number): CatalogError {
  return new CatalogError(
    'pack-schema-mismatch',
    `pack schema version ${version}, this app reads version ${SCHEMA_VERSION}`,
  )
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
