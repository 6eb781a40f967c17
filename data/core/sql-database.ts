import { CatalogError } from './error-codes'

/**
 * The slice of a SQLite connection the core needs. sql.js's `Database` satisfies it; the core
 * never imports sql.js itself, so the same code runs in main, in a browser worker and in tests.
 */
export type SqlValue = number | string | Uint8Array | null

export interface SqlStatement {
  bind(values?: SqlValue[]): boolean
  run(values?: SqlValue[]): void
  step(): boolean
  getAsObject(): Record<string, SqlValue>
  free(): boolean
}

export interface SqlDatabase {
  run(sql: string, params?: SqlValue[]): unknown
  prepare(sql: string): SqlStatement
  export(): Uint8Array
  close(): void
}

export type SqlRow = Record<string, SqlValue>

/** Runs a query and returns every row. The statement is always freed: sql.js keeps it on the WASM heap. */
export function selectRows(db: SqlDatabase, sql: string, params: SqlValue[] = []): SqlRow[] {
  const statement = db.prepare(sql)
  try {
    statement.bind(params)
    const rows: SqlRow[] = []
    while (statement.step()) rows.push(statement.getAsObject())
    return rows
  } finally {
    statement.free()
  }
}

export function selectOne(db: SqlDatabase, sql: string, params: SqlValue[] = []): SqlRow | undefined {
  return selectRows(db, sql, params)[0]
}

/** Reads a text column; a pack whose column holds anything else is corrupt, not a crash. */
export function textColumn(row: SqlRow, column: string): string {
  const value = row[column]
  if (typeof value !== 'string') {
    throw new CatalogError('pack-corrupt', `column "${column}" is not text`)
  }
  return value
}

export function optionalTextColumn(row: SqlRow, column: string): string | null {
  const value = row[column]
  if (value === null || value === undefined) return null
  return textColumn(row, column)
}

export function integerColumn(row: SqlRow, column: string): number {
  const value = row[column]
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new CatalogError('pack-corrupt', `column "${column}" is not an integer`)
  }
  return value
}

export function optionalIntegerColumn(row: SqlRow, column: string): number | null {
  const value = row[column]
  if (value === null || value === undefined) return null
  return integerColumn(row, column)
}

/** Reads a text column that must hold one of a fixed set of values (kinds, types). */
export function enumColumn<T extends string>(row: SqlRow, column: string, allowed: readonly T[]): T {
  const value = textColumn(row, column)
  const match = allowed.find((candidate) => candidate === value)
  if (match === undefined) throw new CatalogError('pack-corrupt', `unexpected ${column} "${value}"`)
  return match
}

/** Reads a REAL (or INTEGER) column that may be null. */
export function optionalNumberColumn(row: SqlRow, column: string): number | null {
  const value = row[column]
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CatalogError('pack-corrupt', `column "${column}" is not a number`)
  }
  return value
}
