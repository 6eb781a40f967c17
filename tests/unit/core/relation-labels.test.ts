import { beforeAll, describe, expect, it } from 'vitest'
import type { EntryDocument, EntrySummary } from '../../../data/core/api-contract'
import type { Catalog } from '../../../data/core/catalog'
import { findRelationLabels, labelRelationGroups, relationLabel } from '../../../data/core/relation-labels'
import { openShippedCatalog } from '../../helpers/pack'

let catalog: Catalog
let entries: EntryDocument[]

beforeAll(async () => {
  catalog = await openShippedCatalog()
  entries = catalog.listEntries().map((entry) => catalog.getEntry(entry.id))
})

const headings = (id: string) => {
  const entry = catalog.getEntry(id)
  return labelRelationGroups(entry.type, entry.relations).map(({ label, entries: related }) => [label, related.map((other) => other.id)])
}

describe('relation headings', () => {
  it('has a heading from the table for every relation kind and pair of types in the shipped pack', () => {
    const pairs = new Set<string>()
    for (const entry of entries) {
      for (const group of entry.relations) {
        for (const other of group.entries) {
          const [from, to] = group.direction === 'outgoing' ? [entry.type, other.type] : [other.type, entry.type]
          pairs.add(`${group.kind} ${from} → ${to}`)
        }
      }
    }
    // The pack has meetings in meetings, bodies under APEC, people at meetings...: enough to be worth checking.
    expect(pairs.size).toBeGreaterThan(10)
    const unnamed = [...pairs].filter((pair) => {
      const [kind, from, , to] = pair.split(' ') as [Parameters<typeof findRelationLabels>[0], EntrySummary['type'], string, EntrySummary['type']]
      return findRelationLabels(kind, from, to) === null
    })
    expect(unnamed).toEqual([])
  })

  it('calls a meeting inside a meeting "Thuộc khuôn khổ" and its parent "Gồm các sự kiện", never a "cơ quan"', () => {
    expect(headings('csom-2017')).toContainEqual(['Thuộc khuôn khổ', ['apec-2017']])
    const parts = headings('apec-2017').find(([label]) => label === 'Gồm các sự kiện')
    expect(parts?.[1]).toContain('csom-2017')
    expect(headings('csom-2017')).toContainEqual(['Gồm các sự kiện', ['csom-2017-press-conference']])
    for (const id of ['apec-2017', 'csom-2017', 'csom-2017-press-conference']) {
      expect(headings(id).map(([label]) => label).join(' | ')).not.toMatch(/cơ quan/i)
    }
  })

  it('splits what sits under APEC by type: bodies are "Cơ quan trực thuộc", ABAC an organisation, members are economies', () => {
    const apec = new Map(headings('apec').map(([label, ids]) => [label as string, ids as string[]]))
    expect(apec.get('Cơ quan trực thuộc')).toContain('som')
    expect(apec.get('Cơ quan trực thuộc')).not.toContain('abac')
    expect(apec.get('Tổ chức trực thuộc')).toEqual(['abac'])
    expect(apec.get('Nền kinh tế thành viên')).toContain('viet-nam')
    expect(apec.get('Quan sát viên')).toEqual(expect.arrayContaining(['pecc', 'asean-secretariat', 'pif-secretariat']))
  })

  it('keeps places and meetings apart on an economy: Đà Nẵng is a "Địa danh", not an event held there', () => {
    const vietNam = new Map(headings('viet-nam').map(([label, ids]) => [label as string, ids as string[]]))
    expect(vietNam.get('Địa danh')).toContain('da-nang')
    expect(vietNam.get('Diễn ra tại đây') ?? []).not.toContain('da-nang')
    expect(vietNam.get('Đã đăng cai')).toContain('apec-2017')
    expect(headings('da-nang')).toContainEqual(['Nằm trong', ['viet-nam']])
  })

  it('names who attended a meeting by what they are', () => {
    const amm31 = new Map(headings('amm-31').map(([label, ids]) => [label as string, ids as string[]]))
    expect(amm31.get('Tổ chức tham dự')).toContain('wto')
    expect(amm31.get('Người tham dự')).toContain('pham-binh-minh')
    expect(amm31.get('Người chủ trì')).toEqual(['mohamed-azmin-ali'])
  })

  it('reads the same pair from either end', () => {
    expect(relationLabel('part-of', 'outgoing', 'meeting', 'meeting')).toBe('Thuộc khuôn khổ')
    expect(relationLabel('part-of', 'incoming', 'meeting', 'meeting')).toBe('Gồm các sự kiện')
    expect(relationLabel('part-of', 'incoming', 'organisation', 'body')).toBe('Cơ quan trực thuộc')
    expect(relationLabel('led-by', 'incoming', 'person', 'organisation')).toBe('Đứng đầu')
  })

  it('falls back to words true of the kind for a pair no rule names, never to another pair\'s heading', () => {
    expect(findRelationLabels('part-of', 'term', 'topic')).toBeNull()
    expect(relationLabel('part-of', 'incoming', 'topic', 'term')).toBe('Bao gồm')
    expect(relationLabel('part-of', 'outgoing', 'term', 'topic')).toBe('Thuộc')
  })
})
