import type {
  ApecYear,
  EntryDocument,
  EntryListItem,
  EntryRef,
  EntrySummary,
  Fact,
  MemberEconomy,
  RelationGroup,
  TimelineEvent,
} from './api-contract'
import { ENTRY_TYPES, FACT_VALUE_KINDS, RELATION_KINDS, type EntryType } from './entry-types'
import { CITATION_SOURCE_COLUMNS, toCitation, toEntryRef } from './catalog-rows'
import { figureFacts } from './economy/economy-figures'
import { CatalogError } from './error-codes'
import {
  enumColumn,
  integerColumn,
  optionalIntegerColumn,
  optionalTextColumn,
  selectOne,
  selectRows,
  textColumn,
  type SqlDatabase,
  type SqlRow,
} from './sql-database'

/** Queries about entries; the pack is already verified, so a bad value here means a corrupt pack. */
const SUMMARY_COLUMNS = 'e.id, e.type, e.title, e.name_en, e.name_zh, e.summary'

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

export function listEntries(db: SqlDatabase, type?: EntryType): EntryListItem[] {
  const rows = type
    ? selectRows(db, `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.type = ?`, [type])
    : selectRows(db, `SELECT ${SUMMARY_COLUMNS} FROM entries e`)
  const aliasRows = type
    ? selectRows(
        db,
        'SELECT a.entry_id, a.alias FROM entry_aliases a JOIN entries e ON e.id = a.entry_id WHERE e.type = ? ORDER BY a.entry_id, a.position',
        [type],
      )
    : selectRows(db, 'SELECT entry_id, alias FROM entry_aliases ORDER BY entry_id, position')
  const aliases = new Map<string, string[]>()
  for (const row of aliasRows) {
    const id = textColumn(row, 'entry_id')
    const list = aliases.get(id) ?? []
    list.push(textColumn(row, 'alias'))
    aliases.set(id, list)
  }
  return rows
    .map((row) => {
      const summary = toEntrySummary(row)
      return { ...summary, aliases: aliases.get(summary.id) ?? [] }
    })
    .sort((a, b) => collator.compare(a.title, b.title))
}

export function getEntry(db: SqlDatabase, id: string): EntryDocument {
  const row = selectOne(db, `SELECT ${SUMMARY_COLUMNS}, e.body_html FROM entries e WHERE e.id = ?`, [id])
  if (!row) throw new CatalogError('not-found', `no entry with id "${id}"`)
  const aliases = selectRows(db, 'SELECT alias FROM entry_aliases WHERE entry_id = ? ORDER BY position', [id]).map(
    (alias) => textColumn(alias, 'alias'),
  )
  const facts = entryFacts(db, id)
  const bodyCitations = selectRows(
    db,
    `SELECT c.number, c.paragraph, ${CITATION_SOURCE_COLUMNS}
     FROM body_citations c JOIN sources s ON s.id = c.source_id WHERE c.entry_id = ? ORDER BY c.number`,
    [id],
  ).map((citation) => ({ ...toCitation(citation), number: integerColumn(citation, 'number') }))
  const backlinks = selectRows(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM entry_links l JOIN entries e ON e.id = l.from_id WHERE l.to_id = ?`,
    [id],
  )
    .map(toEntrySummary)
    .sort((a, b) => collator.compare(a.title, b.title))
  return {
    ...toEntrySummary(row),
    aliases,
    bodyHtml: textColumn(row, 'body_html'),
    facts,
    relations: relationGroups(db, id),
    backlinks,
    bodyCitations,
  }
}

/** An entry's facts with their citations, then its Factbook figures: the fact box, in order. */
export function entryFacts(db: SqlDatabase, id: string): Fact[] {
  const facts = selectRows(
    db,
    `SELECT f.key, f.label, f.value, f.value_kind, f.as_of, f.paragraph, ${CITATION_SOURCE_COLUMNS}
     FROM facts f JOIN sources s ON s.id = f.source_id WHERE f.entry_id = ? ORDER BY f.position`,
    [id],
  ).map(toFact)
  facts.push(...figureFacts(db, id))
  return facts
}

function relationGroups(db: SqlDatabase, id: string): RelationGroup[] {
  const outgoing = selectRows(
    db,
    `SELECT r.kind, ${SUMMARY_COLUMNS} FROM relations r JOIN entries e ON e.id = r.to_id
     WHERE r.from_id = ? ORDER BY r.position`,
    [id],
  )
  const incoming = selectRows(
    db,
    `SELECT r.kind, ${SUMMARY_COLUMNS} FROM relations r JOIN entries e ON e.id = r.from_id WHERE r.to_id = ?`,
    [id],
  )
  const groups: RelationGroup[] = []
  const add = (rows: SqlRow[], direction: RelationGroup['direction']) => {
    for (const kind of RELATION_KINDS) {
      const entries = rows.filter((row) => textColumn(row, 'kind') === kind).map(toEntrySummary)
      if (direction === 'incoming') entries.sort((a, b) => collator.compare(a.title, b.title))
      if (entries.length > 0) groups.push({ kind, direction, entries })
    }
  }
  add(outgoing, 'outgoing')
  add(incoming, 'incoming')
  return groups
}

/** Entries citing each numbered paragraph of a source, and the source as a whole. */
export function citingEntries(db: SqlDatabase, sourceId: string): Map<number | null, EntryRef[]> {
  const rows = selectRows(
    db,
    `SELECT DISTINCT c.paragraph, e.id, e.type, e.title FROM (
       SELECT entry_id, paragraph FROM facts WHERE source_id = ?1
       UNION SELECT entry_id, paragraph FROM body_citations WHERE source_id = ?1
       UNION SELECT c.entry_id, NULL FROM economy_figures f JOIN economies c ON c.id = f.economy_id
         WHERE f.source_id = ?1 AND c.entry_id IS NOT NULL
     ) c JOIN entries e ON e.id = c.entry_id`,
    [sourceId],
  )
  const byParagraph = new Map<number | null, EntryRef[]>()
  for (const row of rows) {
    const paragraph = optionalIntegerColumn(row, 'paragraph')
    const list = byParagraph.get(paragraph) ?? []
    list.push(toEntryRef(row))
    byParagraph.set(paragraph, list)
  }
  for (const list of byParagraph.values()) list.sort((a, b) => collator.compare(a.title, b.title))
  return byParagraph
}

export function listMembers(db: SqlDatabase): MemberEconomy[] {
  const economies = selectRows(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM entries e JOIN relations r ON r.from_id = e.id
     WHERE e.type = 'economy' AND r.kind = 'member-of' AND r.to_id = 'apec'`,
  ).map(toEntrySummary)
  const members = economies.map((entry): MemberEconomy => {
    const facts = selectRows(db, `SELECT key, value FROM facts WHERE entry_id = ? ORDER BY position`, [entry.id])
    const valuesOf = (key: string) => facts.filter((fact) => textColumn(fact, 'key') === key).map((fact) => textColumn(fact, 'value'))
    return {
      entry,
      joined: valuesOf('joined')[0] ?? null,
      founding: valuesOf('founding-member').length > 0,
      hostedYears: [...new Set(valuesOf('hosted').map(Number))].sort((a, b) => a - b),
    }
  })
  return members.sort(
    (a, b) => (a.joined ?? '9999').localeCompare(b.joined ?? '9999') || collator.compare(a.entry.title, b.entry.title),
  )
}

/** Meetings' dates and other milestones (founded, established, signed...), each cited. */
const TIMELINE_KEYS = ['date', 'founded', 'established', 'signed', 'joined']

/**
 * One item per milestone of an entry, even where several sources date it: the entry page shows
 * every claim; the timeline places the milestone once, by its most precise date, and on a tie by
 * the reference fact that checks the seeds.
 */
export function getTimeline(db: SqlDatabase): TimelineEvent[] {
  const rows = selectRows(
    db,
    `SELECT f.key, f.label, f.value, f.paragraph, ${SUMMARY_COLUMNS}, ${CITATION_SOURCE_COLUMNS}
     FROM facts f JOIN entries e ON e.id = f.entry_id JOIN sources s ON s.id = f.source_id
     WHERE f.value_kind IN ('year', 'month', 'date') AND f.key IN (${TIMELINE_KEYS.map(() => '?').join(', ')})
     ORDER BY f.entry_id, f.position`,
    TIMELINE_KEYS,
  )
  const chosen = new Map<string, TimelineEvent>()
  const rank = (event: TimelineEvent) => event.date.length * 2 + (event.citation.sourceKind === 'reference' ? 1 : 0)
  for (const row of rows) {
    const date = textColumn(row, 'value')
    const event: TimelineEvent = { date, year: Number(date.slice(0, 4)), entry: toEntrySummary(row), label: textColumn(row, 'label'), citation: toCitation(row) }
    const milestone = `${event.entry.id}\u0000${textColumn(row, 'key')}`
    const earlier = chosen.get(milestone)
    if (!earlier || rank(event) > rank(earlier)) chosen.set(milestone, event)
  }
  return [...chosen.values()].sort((a, b) => a.date.localeCompare(b.date) || collator.compare(a.entry.title, b.entry.title))
}

/**
 * The meetings that stand for an APEC year: a meeting an economy declares `hosted`, in the year of
 * its dates (apec-2017, hosted by viet-nam; apec-1989 is dated only to the month and the day by its
 * sources). csom-2017 and aelm-25, meetings within a year, are hosted by no economy.
 */
export function listApecYears(db: SqlDatabase): ApecYear[] {
  return selectRows(
    db,
    `SELECT MIN(CAST(substr(f.value, 1, 4) AS INTEGER)) AS year, ${SUMMARY_COLUMNS},
       h.id AS host_id, h.type AS host_type, h.title AS host_title
     FROM entries e
     JOIN facts f ON f.entry_id = e.id AND f.key = 'date' AND f.value_kind IN ('year', 'month', 'date')
     JOIN relations r ON r.to_id = e.id AND r.kind = 'hosted'
     JOIN entries h ON h.id = r.from_id AND h.type = 'economy'
     WHERE e.type = 'meeting'
     GROUP BY e.id, h.id
     ORDER BY year, e.id`,
  ).map((row) => ({
    year: integerColumn(row, 'year'),
    entry: toEntrySummary(row),
    host: { id: textColumn(row, 'host_id'), type: enumColumn(row, 'host_type', ENTRY_TYPES), title: textColumn(row, 'host_title') },
  }))
}

function toFact(row: SqlRow): Fact {
  const valueKind = enumColumn(row, 'value_kind', FACT_VALUE_KINDS)
  return {
    key: textColumn(row, 'key'),
    label: textColumn(row, 'label'),
    value: textColumn(row, 'value'),
    valueKind,
    asOf: optionalTextColumn(row, 'as_of'),
    citation: toCitation(row),
    quantity: null,
    note: null,
    link: null,
  }
}

function toEntrySummary(row: SqlRow): EntrySummary {
  return {
    ...toEntryRef(row),
    nameEn: optionalTextColumn(row, 'name_en'),
    nameZh: optionalTextColumn(row, 'name_zh'),
    summary: textColumn(row, 'summary'),
  }
}

