import type { SqlDatabase } from '../../core/sql-database'
import type { ImportedEconomy } from './import-factbook'

/** Writes the economies and their figures in import order, so two builds give the same bytes. */
export function writeEconomyFigures(db: SqlDatabase, economies: readonly ImportedEconomy[], sourceId: string): void {
  const economy = db.prepare(
    'INSERT INTO economies (id, position, title, entry_id, apec, asean, world) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const figure = db.prepare(
    `INSERT INTO economy_figures (economy_id, position, key, label, value, amount, unit, year, note, link_id, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  try {
    economies.forEach((item, position) => {
      economy.run([item.id, position, item.title, item.entryId, Number(item.apec), Number(item.asean), Number(item.world)])
      item.figures.forEach((row, index) =>
        figure.run([item.id, index, row.key, row.label, row.value, row.amount, row.unit, row.year, row.note, row.linkId, sourceId]),
      )
    })
  } finally {
    economy.free()
    figure.free()
  }
}
