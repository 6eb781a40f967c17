import type { Citation, EntryRef } from './api-contract'
import { SOURCE_KINDS } from './api-contract'
import { ENTRY_TYPES } from './entry-types'
import { SOURCE_PUBLISHER_SQL } from './schema'
import { enumColumn, optionalIntegerColumn, textColumn, type SqlRow } from './sql-database'

/** Row readers shared by the entry queries and the economy figures: a citation's source, an entry's reference. */
export const CITATION_SOURCE_COLUMNS = `s.id AS source_id, s.title AS source_title, ${SOURCE_PUBLISHER_SQL} AS source_publisher, s.kind AS source_kind`

export function toCitation(row: SqlRow): Citation {
  return {
    sourceId: textColumn(row, 'source_id'),
    sourceTitle: textColumn(row, 'source_title'),
    sourcePublisher: textColumn(row, 'source_publisher'),
    sourceKind: enumColumn(row, 'source_kind', SOURCE_KINDS),
    paragraph: optionalIntegerColumn(row, 'paragraph'),
  }
}

export function toEntryRef(row: SqlRow): EntryRef {
  return { id: textColumn(row, 'id'), type: enumColumn(row, 'type', ENTRY_TYPES), title: textColumn(row, 'title') }
}
