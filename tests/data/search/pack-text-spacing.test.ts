import type { Database } from 'sql.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { loadSearchIndex } from '../../../data/core/search/search-index'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'
import { buildShippedPack, openShippedCatalog } from '../../helpers/pack'

/** What a reader must never see: a space before . , ; : ) or after (, as in "tại Đà Nẵng ." */
const BAD_SPACING = /\s[.,;:)]|\(\s/u

function badlySpaced(texts: Iterable<[string, string]>): string[] {
  const found: string[] = []
  for (const [where, text] of texts) {
    const match = BAD_SPACING.exec(text)
    if (match) found.push(`${where}: …${text.slice(Math.max(0, match.index - 30), match.index + 10)}…`)
  }
  return found
}

function* column(db: Database, sql: string): Generator<[string, string]> {
  const [result] = db.exec(sql)
  for (const [where, text] of result?.values ?? []) yield [String(where), String(text)]
}

/** The visible text of stored HTML: tags dropped, the entities the pipeline writes decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

let db: Database
let catalog: Catalog

beforeAll(async () => {
  const { bytes } = await buildShippedPack()
  const SQL = await loadSqlJs()
  db = new SQL.Database(bytes)
  catalog = await openShippedCatalog()
})

afterAll(() => db?.close())

describe('spacing before punctuation in the shipped pack', () => {
  it('is right in every paragraph of every source', () => {
    expect(badlySpaced(column(db, "SELECT source_id || '#' || position, text FROM paragraphs"))).toEqual([])
  })

  it('is right in every entry title, summary, body, alias and fact', () => {
    expect(badlySpaced(column(db, "SELECT id || ' title', title FROM entries"))).toEqual([])
    expect(badlySpaced(column(db, "SELECT id || ' summary', summary FROM entries"))).toEqual([])
    const bodies = [...column(db, "SELECT id || ' body', body_html FROM entries")]
    expect(bodies.length).toBeGreaterThan(100)
    expect(badlySpaced(bodies.map(([where, html]) => [where, visibleText(html)]))).toEqual([])
    expect(badlySpaced(column(db, "SELECT entry_id || ' alias', alias FROM entry_aliases"))).toEqual([])
    expect(badlySpaced(column(db, "SELECT entry_id || ' fact', label || ': ' || value FROM facts"))).toEqual([])
  })

  it('is right in every text the search index shows in snippets', () => {
    const parts = new Map((db.exec('SELECT name, data FROM search_index')[0]?.values ?? []).map(([name, data]) => [String(name), data]))
    const part = (name: string) => {
      const data = parts.get(name)
      return data instanceof Uint8Array ? data : null
    }
    const paragraphs = new Map([...column(db, "SELECT source_id || '#' || number, text FROM paragraphs WHERE number IS NOT NULL")])
    const index = loadSearchIndex(part, (sourceId, paragraph) => paragraphs.get(`${sourceId}#${paragraph}`) ?? '')
    const texts: [string, string][] = []
    for (let doc = 0; doc < index.stored.count; doc++) {
      texts.push([`${index.stored.kind(doc)} ${index.stored.id(doc)}`, index.stored.text(doc)])
    }
    // Every entry and every numbered paragraph.
    expect(texts.length).toBeGreaterThan(250)
    expect(badlySpaced(texts)).toEqual([])
  })

  it('is right in the snippets of ten searches', () => {
    const queries = ['da nang', 'gia nhập', 'apec 1989', 'thai binh duong', 'hoa ky', 'Việt Nam', 'hội nghị', 'thương mại', 'csom', '亚太经合组织']
    let snippets = 0
    const texts: [string, string][] = []
    for (const query of queries) {
      const results = catalog.search({ query, limit: 100 })
      for (const hit of [...results.entries, ...results.passages]) {
        texts.push([`${query} → ${hit.id}`, hit.snippet.text])
        snippets++
        for (const other of hit.otherPassages) {
          texts.push([`${query} → ${other.id}`, other.snippet.text])
          snippets++
        }
      }
    }
    expect(snippets).toBeGreaterThan(300)
    expect(badlySpaced(texts)).toEqual([])
  })
})
