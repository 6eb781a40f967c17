import type { Fact } from '../api-contract'
import { CITATION_SOURCE_COLUMNS, toCitation } from '../catalog-rows'
import { ENTRY_TYPES } from '../entry-types'
import {
  enumColumn,
  integerColumn,
  optionalIntegerColumn,
  optionalNumberColumn,
  optionalTextColumn,
  selectRows,
  textColumn,
  type SqlDatabase,
  type SqlRow,
} from '../sql-database'
import { QUANTITY_UNITS, type Quantity } from './quantity'

/** One economy of the figures table: an APEC member (with its entry), an ASEAN member outside APEC, or the world. */
export interface EconomyRecord {
  id: string
  title: string
  entryId: string | null
  apec: boolean
  asean: boolean
  world: boolean
}

/** A figure as read from the pack: the fact it shows, and the economy it belongs to. */
export interface FigureRecord {
  economyId: string
  fact: Fact
}

const FIGURE_COLUMNS = `f.economy_id, f.key, f.label, f.value, f.amount, f.unit, f.year, f.note, f.source_id,
  ${CITATION_SOURCE_COLUMNS}, NULL AS paragraph,
  l.id AS link_id, l.type AS link_type, l.title AS link_title`

const FIGURE_JOINS = `FROM economy_figures f JOIN sources s ON s.id = f.source_id
  LEFT JOIN entries l ON l.id = f.link_id`

/** The Factbook's figures for an entry (an APEC economy), as facts after the entry's own; none for other entries. */
export function figureFacts(db: SqlDatabase, entryId: string): Fact[] {
  return selectRows(
    db,
    `SELECT ${FIGURE_COLUMNS} ${FIGURE_JOINS} JOIN economies c ON c.id = f.economy_id
     WHERE c.entry_id = ? ORDER BY f.position`,
    [entryId],
  ).map(toFigureFact)
}

/** Every economy with figures, in pack order. */
export function listEconomies(db: SqlDatabase): EconomyRecord[] {
  return selectRows(db, 'SELECT id, title, entry_id, apec, asean, world FROM economies ORDER BY position').map((row) => ({
    id: textColumn(row, 'id'),
    title: textColumn(row, 'title'),
    entryId: optionalTextColumn(row, 'entry_id'),
    apec: integerColumn(row, 'apec') === 1,
    asean: integerColumn(row, 'asean') === 1,
    world: integerColumn(row, 'world') === 1,
  }))
}

/** The figures of the given indicator keys, for every economy, in each economy's order. */
export function figuresByKeys(db: SqlDatabase, keys: readonly string[]): FigureRecord[] {
  if (keys.length === 0) return []
  return selectRows(
    db,
    `SELECT ${FIGURE_COLUMNS} ${FIGURE_JOINS} WHERE f.key IN (${keys.map(() => '?').join(', ')})
     ORDER BY f.economy_id, f.position`,
    [...keys],
  ).map((row) => ({ economyId: textColumn(row, 'economy_id'), fact: toFigureFact(row) }))
}

function toFigureFact(row: SqlRow): Fact {
  const year = optionalIntegerColumn(row, 'year')
  const linkId = optionalTextColumn(row, 'link_id')
  return {
    key: textColumn(row, 'key'),
    label: textColumn(row, 'label'),
    value: textColumn(row, 'value'),
    valueKind: 'text',
    asOf: year === null ? null : String(year),
    citation: toCitation(row),
    quantity: toQuantity(row, year),
    note: optionalTextColumn(row, 'note'),
    link:
      linkId === null
        ? null
        : { id: linkId, type: enumColumn(row, 'link_type', ENTRY_TYPES), title: textColumn(row, 'link_title') },
  }
}

function toQuantity(row: SqlRow, year: number | null): Quantity | null {
  const amount = optionalNumberColumn(row, 'amount')
  if (amount === null) return null
  return { amount, unit: enumColumn(row, 'unit', QUANTITY_UNITS), year }
}
