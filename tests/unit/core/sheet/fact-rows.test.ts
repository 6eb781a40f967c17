import { beforeAll, describe, expect, it } from 'vitest'
import type { Citation, EntryDocument, Fact } from '../../../../data/core/api-contract'
import type { Catalog } from '../../../../data/core/catalog'
import { ENTRY_TYPES } from '../../../../data/core/entry-types'
import { buildEntrySheet } from '../../../../data/core/sheet/entry-sheet'
import type { EntrySheet, FactTableRow, SheetBlock } from '../../../../data/core/sheet/sheet-model'
import { openShippedCatalog } from '../../../helpers/pack'

let catalog: Catalog

beforeAll(async () => {
  catalog = await openShippedCatalog()
})

function sheetOf(entry: EntryDocument): EntrySheet {
  return buildEntrySheet(entry, { preset: 'one-page', printedOn: 'ngày 03 tháng 12 năm 2026', note: null, documents: null })
}

function block<K extends SheetBlock['kind']>(sheet: EntrySheet, kind: K): Extract<SheetBlock, { kind: K }> | undefined {
  return sheet.blocks.find((candidate): candidate is Extract<SheetBlock, { kind: K }> => candidate.kind === kind)
}

function factRows(sheet: EntrySheet): FactTableRow[] {
  return block(sheet, 'facts')?.rows ?? []
}

/** A row as a reader sees it: label, value with its date, the source marks. */
function readRow(row: FactTableRow): string[] | string[][] {
  const read = (fact: { label: string; value: string; asOf: string | null; sources: { text: string }[] }) => [
    fact.label,
    fact.asOf ? `${fact.value} ${fact.asOf}` : fact.value,
    fact.sources.map((mark) => mark.text).join(' | '),
  ]
  return row.kind === 'fact' ? read(row.fact) : row.facts.map(read)
}

describe('a founder\'s fact sheet (Ô-xtrây-li-a)', () => {
  it('shows "Tư cách: Thành viên sáng lập" once, citing the APEC history [1] and Wikipedia [2], đoạn 5', () => {
    const sheet = sheetOf(catalog.getEntry('australia'))
    const founding = factRows(sheet).filter((row) => row.kind === 'fact' && row.fact.key === 'founding-member')
    expect(founding.map(readRow)).toEqual([['Tư cách', 'Thành viên sáng lập', '[1] | [2], đoạn 5']])
    // Both sources stay in the sheet's list, under the numbers the row gives.
    const listed = block(sheet, 'sources')?.sources ?? []
    expect(listed.slice(0, 2).map((source) => [source.mark, source.sourceId])).toEqual([
      ['[1]', 'apec-history'],
      ['[2]', 'wikipedia-apec'],
    ])
    expect(listed[1]?.details).toMatch(/các đoạn (\d+, )*5\b/)
  })

  it('every founder: one "Thành viên sáng lập" row with both sources', () => {
    const founders = catalog.listEntries('economy').filter((economy) => catalog.getEntry(economy.id).facts.some((fact) => fact.key === 'founding-member'))
    expect(founders).toHaveLength(12)
    for (const founder of founders) {
      const rows = factRows(sheetOf(catalog.getEntry(founder.id))).filter((row) => row.kind === 'fact' && row.fact.key === 'founding-member')
      expect(rows.map(readRow), founder.id).toEqual([['Tư cách', 'Thành viên sáng lập', '[1] | [2], đoạn 5']])
    }
  })

  it('no sheet of any entry prints the same fact row twice', () => {
    for (const type of ENTRY_TYPES) {
      for (const summary of catalog.listEntries(type)) {
        const lines = factRows(sheetOf(catalog.getEntry(summary.id))).flatMap((row) => (row.kind === 'fact' ? [readRow(row).slice(0, 2).join(' · ')] : []))
        expect(lines.filter((line, index) => lines.indexOf(line) !== index), summary.id).toEqual([])
      }
    }
  })
})

describe('claims of one fact, constructed', () => {
  const citation = (sourceId: string, paragraph: number | null): Citation => ({
    sourceId,
    sourceTitle: `Tài liệu ${sourceId}`,
    sourcePublisher: `Nơi phát hành ${sourceId}`,
    sourceKind: paragraph === null ? 'reference' : 'primary',
    paragraph,
  })
  const claim = (key: string, value: string, source: Citation, more: Partial<Fact> = {}): Fact => ({
    key,
    label: more.label ?? key,
    value,
    valueKind: 'text',
    asOf: null,
    citation: source,
    quantity: null,
    note: null,
    link: null,
    ...more,
  })
  const sheetWith = (facts: Fact[]) => sheetOf({ ...catalog.getEntry('apec-2017'), facts, bodyCitations: [] })

  it('keeps two rows when the sources date the same value differently', () => {
    const rows = factRows(
      sheetWith([
        claim('som-chair', 'Bùi Thanh Sơn', citation('a', 1), { asOf: '2017-11-07', valueKind: 'text' }),
        claim('som-chair', 'Bùi Thanh Sơn', citation('b', 2), { asOf: '2017-11-10', valueKind: 'text' }),
      ]),
    )
    expect(rows.map(readRow)).toEqual([
      ['som-chair', 'Bùi Thanh Sơn (tính đến 07/11/2017)', '[1], đoạn 1'],
      ['som-chair', 'Bùi Thanh Sơn (tính đến 10/11/2017)', '[2], đoạn 2'],
    ])
  })

  it('joins claims whose value differs only in spacing, and whose date agrees, in the first one\'s place, sources in list order', () => {
    const rows = factRows(
      sheetWith([
        claim('place', 'Đà Nẵng', citation('a', null)),
        claim('host', 'Việt Nam', citation('b', 4), { asOf: '2017' }),
        claim('other', 'Khác', citation('c', 1)),
        claim('host', '  Việt  Nam ', citation('a', null), { asOf: '2017' }),
      ]),
    )
    expect(rows.map(readRow)).toEqual([
      ['place', 'Đà Nẵng', '[1]'],
      ['host', 'Việt Nam (tính đến 2017)', '[1] | [2], đoạn 4'],
      ['other', 'Khác', '[3], đoạn 1'],
    ])
  })

  it('cites two paragraphs of one source as one mark, and keeps a value under a label of its own apart', () => {
    const rows = factRows(
      sheetWith([
        claim('deadline', '2010', citation('a', 5), { label: 'Hạn (tuyên bố: chậm nhất)' }),
        claim('deadline', '2010', citation('a', 3), { label: 'Hạn (tuyên bố: chậm nhất)' }),
        claim('deadline', '2010', citation('b', 1), { label: 'Hạn (theo Wikipedia: khoảng)' }),
      ]),
    )
    expect(rows.map(readRow)).toEqual([
      ['Hạn (tuyên bố: chậm nhất)', '2010', '[1], các đoạn 3, 5'],
      ['Hạn (theo Wikipedia: khoảng)', '2010', '[2], đoạn 1'],
    ])
  })

  it('leaves a disagreement as it was: every claim on its own line under the note, each with its one source', () => {
    const rows = factRows(
      sheetWith([
        claim('members', '10', citation('a', 1), { valueKind: 'number' }),
        claim('members', '11', citation('b', 2), { valueKind: 'number' }),
        claim('members', '10', citation('c', null), { valueKind: 'number' }),
      ]),
    )
    expect(rows.map((row) => row.kind)).toEqual(['conflict'])
    expect(rows.map(readRow)).toEqual([
      [
        ['members', '10', '[1], đoạn 1'],
        ['members', '11', '[2], đoạn 2'],
        ['members', '10', '[3]'],
      ],
    ])
  })
})
