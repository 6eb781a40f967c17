import { beforeAll, describe, expect, it } from 'vitest'
import { createCatalogApi } from '../../../data/core/catalog-api'
import { ERROR_MESSAGES_VI } from '../../../data/core/error-messages'
import { openPackDatabase } from '../../../data/core/pack-open'
import { CatalogError } from '../../../data/core/error-codes'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'
import { openPackBytes } from '../../helpers/open-pack-bytes'
import { buildShippedPack, editedPackBytes } from '../../helpers/pack'

let pack: Uint8Array
let pageSize: number

beforeAll(async () => {
  pack = (await buildShippedPack()).bytes
  pageSize = new DataView(pack.buffer, pack.byteOffset).getUint16(16)
})

/** The error code a reader would be shown for these bytes, or 'ok' if the pack opens. */
async function codeFor(bytes: Uint8Array): Promise<string> {
  const opened = await openPackBytes(bytes)
  if (opened.ok) {
    opened.value.close()
    return 'ok'
  }
  return opened.error.code
}

/** A new database with the given SQL, as bytes: a real SQLite file that is not our pack. */
async function sqliteFile(sql: string): Promise<Uint8Array> {
  const SQL = await loadSqlJs()
  const db = new SQL.Database()
  try {
    db.run(sql)
    return db.export()
  } finally {
    db.close()
  }
}

describe('opening pack bytes', () => {
  it('opens the real pack (the baseline every refusal below is measured against)', async () => {
    expect(await codeFor(pack)).toBe('ok')
  })

  it('refuses a 0-byte file as pack-empty', async () => {
    expect(await codeFor(new Uint8Array())).toBe('pack-empty')
  })

  it('refuses a text file as pack-not-sqlite', async () => {
    const text = new TextEncoder().encode(
      'Bách khoa APEC\nĐây là một tệp văn bản, không phải gói dữ liệu.\n'.repeat(100),
    )
    expect(await codeFor(text)).toBe('pack-not-sqlite')
  })

  it('refuses a pack cut in half on a page boundary as pack-truncated', async () => {
    const half = Math.floor(pack.length / pageSize / 2) * pageSize
    expect(half % pageSize).toBe(0)
    expect(await codeFor(pack.slice(0, half))).toBe('pack-truncated')
  })

  it('refuses a pack cut inside a page as pack-truncated', async () => {
    expect(await codeFor(pack.slice(0, pack.length - 1000))).toBe('pack-truncated')
    expect(await codeFor(pack.slice(0, pageSize + 1))).toBe('pack-truncated')
  })

  it('refuses a pack with garbage over its middle as pack-corrupt', async () => {
    const damaged = pack.slice()
    const middle = Math.floor(damaged.length / 2)
    damaged.fill(0xff, middle - 2 * pageSize, middle + 2 * pageSize)
    expect(await codeFor(damaged)).toBe('pack-corrupt')
  })

  it('refuses a pack whose paragraphs table page is damaged as pack-corrupt', async () => {
    const SQL = await loadSqlJs()
    const db = new SQL.Database(pack)
    const rootPage = Number(
      db.exec("SELECT rootpage FROM sqlite_master WHERE name = 'paragraphs'")[0]?.values[0]?.[0],
    )
    db.close()
    expect(rootPage).toBeGreaterThan(1)
    const damaged = pack.slice()
    damaged[(rootPage - 1) * pageSize] = 0x42 // not a b-tree page type
    expect(await codeFor(damaged)).toBe('pack-corrupt')
  })

  it('runs quick_check unless a worker has just checked the same file, and every other check either way', async () => {
    const SQL = await loadSqlJs()
    const statementsWhenOpened = (bytes: Uint8Array, integrityAlreadyChecked: boolean): string[] => {
      const statements: string[] = []
      const db = openPackDatabase(
        bytes,
        (data) => {
          const real = new SQL.Database(data)
          return {
            run: (sql, params) => (statements.push(sql), real.run(sql, params)),
            prepare: (sql) => (statements.push(sql), real.prepare(sql)),
            export: () => real.export(),
            close: () => real.close(),
          }
        },
        { integrityAlreadyChecked },
      )
      db.close()
      return statements
    }
    const full = statementsWhenOpened(pack, false)
    const afterWorker = statementsWhenOpened(pack, true)
    expect(full).toContain('PRAGMA quick_check')
    expect(afterWorker).toEqual(full.filter((sql) => sql !== 'PRAGMA quick_check'))
    const otherVersion = await editedPackBytes((db) => db.run('PRAGMA user_version = 99'))
    expect(() => statementsWhenOpened(otherVersion, true)).toThrow(CatalogError)
  })

  it('refuses another SQLite database as pack-foreign', async () => {
    const notes = await sqliteFile(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('ghi chú');",
    )
    expect(await codeFor(notes)).toBe('pack-foreign')
  })

  it('refuses a pack of another schema version as pack-schema-mismatch', async () => {
    expect(await codeFor(await editedPackBytes((db) => db.run('PRAGMA user_version = 99')))).toBe(
      'pack-schema-mismatch',
    )
    expect(
      await codeFor(
        await editedPackBytes((db) =>
          db.run("UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
        ),
      ),
    ).toBe('pack-schema-mismatch')
  })

  it('refuses a pack missing one of its tables as pack-schema-mismatch', async () => {
    expect(await codeFor(await editedPackBytes((db) => db.run('DROP TABLE relations')))).toBe(
      'pack-schema-mismatch',
    )
  })

  it.each([
    ['a view', 'CREATE VIEW entry_titles AS SELECT title FROM entries', 'view "entry_titles"'],
    ['a trigger', 'CREATE TRIGGER keep AFTER DELETE ON entries BEGIN SELECT 1; END', 'trigger "keep"'],
    ['a table of its own', 'CREATE TABLE notes (text TEXT)', 'table "notes"'],
    ['an index of its own', 'CREATE INDEX entries_by_summary ON entries (summary)', 'index "entries_by_summary"'],
    ['one of our tables with another definition', 'ALTER TABLE entries ADD COLUMN extra TEXT', 'table "entries"'],
    [
      // quick_check would evaluate the CHECK; the allowlist refuses it first.
      'one of our tables redefined with a CHECK expression',
      "DROP TABLE meta; CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL CHECK (length(hex(zeroblob(10))) > 0)) WITHOUT ROWID; INSERT INTO meta VALUES ('schema_version', '1')",
      'table "meta"',
    ],
  ])('refuses a pack with %s as pack-unsafe-schema, naming it', async (_, sql, named) => {
    const opened = await openPackBytes(await editedPackBytes((db) => db.run(sql)))
    expect(opened.ok ? null : opened.error.code).toBe('pack-unsafe-schema')
    expect(opened.ok ? '' : opened.error.message).toContain(named)
  })

  it('answers pack-corrupt, not a crash, when a meta value the app shows is missing', async () => {
    const bytes = await editedPackBytes((db) =>
      db.run("DELETE FROM meta WHERE key = 'content_hash'"),
    )
    const opened = await openPackBytes(bytes)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const info = await createCatalogApi(opened.value).getPackInfo()
    expect(info.ok ? null : info.error.code).toBe('pack-corrupt')
  })

  it('reports an engine that cannot open the bytes as pack-corrupt', () => {
    try {
      openPackDatabase(pack, () => {
        throw new Error('file is not a database')
      })
      expect.fail('should have thrown')
    } catch (error) {
      expect(error instanceof CatalogError ? error.code : error).toBe('pack-corrupt')
    }
  })

  it('has a Vietnamese title and advice for every refusal above', () => {
    for (const code of [
      'pack-not-file',
      'pack-empty',
      'pack-not-sqlite',
      'pack-truncated',
      'pack-corrupt',
      'pack-foreign',
      'pack-schema-mismatch',
      'pack-unsafe-schema',
      'pack-too-large',
      'pack-bad-name',
      'pack-copy-failed',
      'pack-check-timeout',
    ] as const) {
      expect(ERROR_MESSAGES_VI[code].title.length).toBeGreaterThan(5)
      expect(ERROR_MESSAGES_VI[code].advice).toMatch(
        /[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/u,
      )
    }
  })
})
