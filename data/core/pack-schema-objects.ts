import { CatalogError } from './error-codes'
import { PACK_INDEXES, PACK_TABLES, REQUIRED_TABLES } from './schema'

/** One row of sqlite_master, read without running anything it defines. */
export interface SchemaObject {
  type: string
  name: string
  tableName: string
  sql: string | null
}

interface ExpectedObject {
  type: 'table' | 'index'
  tableName: string
  sql: string
}

/** Whitespace differences (a reformatted schema.ts) are not schema differences. */
function normalizeSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim()
}

function expectedObjects(): Map<string, ExpectedObject> {
  const expected = new Map<string, ExpectedObject>()
  for (const sql of Object.values(PACK_TABLES)) {
    const name = /^CREATE TABLE (\w+)/.exec(sql)?.[1]
    if (name) expected.set(name, { type: 'table', tableName: name, sql: normalizeSql(sql) })
  }
  for (const sql of PACK_INDEXES) {
    const match = /^CREATE INDEX (\w+) ON (\w+)/.exec(sql)
    if (match?.[1] && match[2]) {
      expected.set(match[1], { type: 'index', tableName: match[2], sql: normalizeSql(sql) })
    }
  }
  return expected
}

/** Exactly what the pipeline creates (schema.ts), so a pack can hold nothing else. */
const EXPECTED_OBJECTS = expectedObjects()

/**
 * Views and triggers run SQL the pack's author wrote (a view can recurse forever, a trigger fires
 * on writes), and our schema has neither: they are refused by name before anything reads data.
 */
export function refuseViewsAndTriggers(objects: readonly SchemaObject[]): void {
  const found = objects.filter((object) => object.type === 'view' || object.type === 'trigger')
  if (found.length > 0) {
    throw new CatalogError(
      'pack-unsafe-schema',
      `the pack defines ${found.map((object) => `${object.type} "${object.name}"`).join(', ')}; this app never runs them`,
    )
  }
}

/**
 * Every table and index must be one of ours with our exact definition, so no CHECK, DEFAULT or
 * generated-column expression from the file is ever evaluated (quick_check evaluates CHECKs).
 * SQLite's own autoindexes on our tables are allowed. Tables we need but the pack lacks are a
 * schema mismatch, told apart from objects that should not be there.
 */
export function checkSchemaObjects(objects: readonly SchemaObject[]): void {
  const unexpected = objects.filter((object) => !isExpected(object))
  if (unexpected.length > 0) {
    throw new CatalogError(
      'pack-unsafe-schema',
      `the pack holds ${unexpected
        .slice(0, 5)
        .map((object) => `${object.type} "${object.name}"`)
        .join(', ')}, which the encyclopedia schema does not define`,
    )
  }
  const tables = new Set(
    objects.filter((object) => object.type === 'table').map((object) => object.name),
  )
  const missing = REQUIRED_TABLES.filter((table) => !tables.has(table))
  if (missing.length > 0) {
    throw new CatalogError('pack-schema-mismatch', `missing tables: ${missing.join(', ')}`)
  }
}

function isExpected(object: SchemaObject): boolean {
  if (
    object.type === 'index' &&
    object.sql === null &&
    object.name.startsWith('sqlite_autoindex_')
  ) {
    return EXPECTED_OBJECTS.get(object.tableName)?.type === 'table'
  }
  const expected = EXPECTED_OBJECTS.get(object.name)
  return (
    expected !== undefined &&
    expected.type === object.type &&
    expected.tableName === object.tableName &&
    object.sql !== null &&
    normalizeSql(object.sql) === expected.sql
  )
}
