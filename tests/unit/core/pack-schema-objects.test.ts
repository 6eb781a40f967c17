import { describe, expect, it } from 'vitest'
import { CatalogError } from '../../../data/core/error-codes'
import {
  checkSchemaObjects,
  refuseViewsAndTriggers,
  type SchemaObject,
} from '../../../data/core/pack-schema-objects'
import { PACK_INDEXES, PACK_TABLES } from '../../../data/core/schema'

/** sqlite_master as the pipeline leaves it: our tables and indexes, with our SQL. */
const OUR_SCHEMA: SchemaObject[] = [
  ...Object.values(PACK_TABLES).map((sql) => {
    const name = /^CREATE TABLE (\w+)/.exec(sql)?.[1] ?? ''
    return { type: 'table', name, tableName: name, sql }
  }),
  ...PACK_INDEXES.map((sql) => {
    const [, name = '', tableName = ''] = /^CREATE INDEX (\w+) ON (\w+)/.exec(sql) ?? []
    return { type: 'index', name, tableName, sql }
  }),
]

function refusalOf(objects: SchemaObject[]): string | null {
  try {
    refuseViewsAndTriggers(objects)
    checkSchemaObjects(objects)
    return null
  } catch (error) {
    if (error instanceof CatalogError) return `${error.code}: ${error.message}`
    throw error
  }
}

describe('the pack schema allowlist', () => {
  it('accepts our schema, however its SQL is wrapped', () => {
    expect(refusalOf(OUR_SCHEMA)).toBeNull()
    const rewrapped = OUR_SCHEMA.map((object) => ({
      ...object,
      sql: object.sql?.replace(/\s+/g, '\n  ') ?? null,
    }))
    expect(refusalOf(rewrapped)).toBeNull()
  })

  it('accepts the autoindexes SQLite makes for our tables, and no other', () => {
    const autoindex = {
      type: 'index',
      name: 'sqlite_autoindex_meta_1',
      tableName: 'meta',
      sql: null,
    }
    expect(refusalOf([...OUR_SCHEMA, autoindex])).toBeNull()
    const foreign = {
      type: 'index',
      name: 'sqlite_autoindex_notes_1',
      tableName: 'notes',
      sql: null,
    }
    expect(refusalOf([...OUR_SCHEMA, foreign])).toMatch(
      /^pack-unsafe-schema: .*index "sqlite_autoindex_notes_1"/,
    )
  })

  it('refuses views and triggers by name, whatever they are called', () => {
    const relationsAsView = OUR_SCHEMA.map((object) =>
      object.name === 'relations'
        ? { ...object, type: 'view', sql: 'CREATE VIEW relations AS SELECT 1' }
        : object,
    )
    expect(refusalOf(relationsAsView)).toBe(
      'pack-unsafe-schema: the pack defines view "relations"; this app never runs them',
    )
    const trigger = {
      type: 'trigger',
      name: 'wipe',
      tableName: 'meta',
      sql: 'CREATE TRIGGER wipe AFTER INSERT ON meta BEGIN SELECT 1; END',
    }
    expect(refusalOf([...OUR_SCHEMA, trigger])).toMatch(/trigger "wipe"/)
  })

  it('refuses an index of ours moved onto another table', () => {
    const moved = OUR_SCHEMA.map((object) =>
      object.name === 'entries_by_type' ? { ...object, tableName: 'sources' } : object,
    )
    expect(refusalOf(moved)).toMatch(/^pack-unsafe-schema: .*index "entries_by_type"/)
  })

  it('calls a pack missing one of our tables a schema mismatch, not unsafe', () => {
    expect(refusalOf(OUR_SCHEMA.filter((object) => object.tableName !== 'entry_links'))).toBe(
      'pack-schema-mismatch: missing tables: entry_links',
    )
  })
})
