/**
 * The content pack's schema: one source of truth for the pipeline that writes packs and the
 * catalog that reads them. Bump SCHEMA_VERSION on any change a reader of the old version would
 * misread; it is stored both as `PRAGMA user_version` and in the `meta` table.
 * Version 2 added the economies and their figures (the World Factbook's final edition); version 3
 * stores the search index as named binary parts instead of one JSON text. Version 4 names each
 * publisher once (`publishers`, cited by id; the writer keeps names distinct) and stores a
 * paragraph's kind as a small number: a 126 000-file folder pack repeated one publisher string in
 * every source row (2.9 MB) and 'paragraph' in every paragraph row (2.2 MB); ids 0 and 1 take no
 * bytes in an SQLite record.
 */
export const SCHEMA_VERSION = 4

/** A paragraph's kind as `paragraphs.kind` stores it: its position in this list. */
export const PARAGRAPH_KINDS = ['paragraph', 'heading', 'subheading'] as const
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number]

/** The `publishers` name of a source row, as a column of a query over `sources s`. */
export const SOURCE_PUBLISHER_SQL = '(SELECT name FROM publishers WHERE id = s.publisher_id)'

export const META_KEYS = {
  schemaVersion: 'schema_version',
  packTitle: 'pack_title',
  packVersion: 'pack_version',
  language: 'language',
  contentHash: 'content_hash',
} as const

export const PACK_TABLES = {
  meta: `CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  ) WITHOUT ROWID`,
  publishers: `CREATE TABLE publishers (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
  )`,
  sources: `CREATE TABLE sources (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('primary', 'reference')),
    title TEXT NOT NULL,
    series TEXT,
    publisher_id INTEGER NOT NULL REFERENCES publishers (id),
    author TEXT,
    date_value TEXT,
    date_kind TEXT NOT NULL CHECK (date_kind IN ('published', 'event', 'unknown')),
    date_note TEXT,
    languages TEXT NOT NULL,
    origin TEXT NOT NULL,
    attribution TEXT NOT NULL,
    licence TEXT,
    url TEXT,
    accessed TEXT
  ) WITHOUT ROWID`,
  paragraphs: `CREATE TABLE paragraphs (
    source_id TEXT NOT NULL REFERENCES sources (id),
    position INTEGER NOT NULL,
    number INTEGER,
    kind INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (source_id, position)
  ) WITHOUT ROWID`,
  entries: `CREATE TABLE entries (
    id TEXT PRIMARY KEY NOT NULL,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    name_en TEXT,
    name_zh TEXT,
    summary TEXT NOT NULL,
    body_html TEXT NOT NULL
  ) WITHOUT ROWID`,
  entryAliases: `CREATE TABLE entry_aliases (
    entry_id TEXT NOT NULL REFERENCES entries (id),
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
  ) WITHOUT ROWID`,
  facts: `CREATE TABLE facts (
    entry_id TEXT NOT NULL REFERENCES entries (id),
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    value TEXT NOT NULL,
    value_kind TEXT NOT NULL CHECK (value_kind IN ('year', 'month', 'date', 'number', 'text')),
    as_of TEXT,
    source_id TEXT NOT NULL,
    paragraph INTEGER,
    PRIMARY KEY (entry_id, position)
  ) WITHOUT ROWID`,
  relations: `CREATE TABLE relations (
    from_id TEXT NOT NULL REFERENCES entries (id),
    kind TEXT NOT NULL,
    to_id TEXT NOT NULL REFERENCES entries (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (from_id, kind, to_id)
  ) WITHOUT ROWID`,
  bodyCitations: `CREATE TABLE body_citations (
    entry_id TEXT NOT NULL REFERENCES entries (id),
    number INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id),
    paragraph INTEGER,
    PRIMARY KEY (entry_id, number)
  ) WITHOUT ROWID`,
  /** The search index as named parts, most of them little-endian arrays (search/index-parts.ts). */
  searchIndex: `CREATE TABLE search_index (
    name TEXT PRIMARY KEY NOT NULL,
    data BLOB NOT NULL
  )`,
  entryLinks: `CREATE TABLE entry_links (
    from_id TEXT NOT NULL REFERENCES entries (id),
    to_id TEXT NOT NULL REFERENCES entries (id),
    PRIMARY KEY (from_id, to_id)
  ) WITHOUT ROWID`,
  economies: `CREATE TABLE economies (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    entry_id TEXT REFERENCES entries (id),
    apec INTEGER NOT NULL CHECK (apec IN (0, 1)),
    asean INTEGER NOT NULL CHECK (asean IN (0, 1)),
    world INTEGER NOT NULL CHECK (world IN (0, 1))
  ) WITHOUT ROWID`,
  economyFigures: `CREATE TABLE economy_figures (
    economy_id TEXT NOT NULL REFERENCES economies (id),
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    value TEXT NOT NULL,
    amount REAL,
    unit TEXT CHECK (unit IN ('usd', 'people', 'km2', 'percent', 'years')),
    year INTEGER,
    note TEXT,
    link_id TEXT REFERENCES entries (id),
    source_id TEXT NOT NULL REFERENCES sources (id),
    PRIMARY KEY (economy_id, position)
  ) WITHOUT ROWID`,
} as const

export const PACK_INDEXES = [
  'CREATE INDEX paragraphs_by_number ON paragraphs (source_id, number)',
  'CREATE INDEX relations_by_target ON relations (to_id)',
  'CREATE INDEX facts_by_source ON facts (source_id, paragraph)',
  'CREATE INDEX body_citations_by_source ON body_citations (source_id, paragraph)',
  'CREATE INDEX entry_links_by_target ON entry_links (to_id)',
  'CREATE INDEX entries_by_type ON entries (type, title)',
  'CREATE INDEX economies_by_entry ON economies (entry_id)',
  'CREATE INDEX economy_figures_by_source ON economy_figures (source_id)',
] as const

/** Table names a pack must have, in the order they are created. */
export const REQUIRED_TABLES = [
  'meta',
  'publishers',
  'sources',
  'paragraphs',
  'entries',
  'entry_aliases',
  'facts',
  'relations',
  'body_citations',
  'entry_links',
  'economies',
  'economy_figures',
  'search_index',
] as const
