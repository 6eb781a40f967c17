import type { Answer, Fact, QuestionAnswer } from './api-contract'
import { entryFacts } from './catalog-entries'
import { isEntryType, type EntryType } from './entry-types'
import { askedKind } from './search/answer-kinds'
import { chooseAnswer, type ChosenAnswer } from './search/answer'
import type { SearchIndex } from './search/compact-index'
import { foldedWords } from './search/phrase'
import { understandQuery, type UnderstoodQuery } from './search/query-understanding'
import { entriesNamedIn, namesInQuery, subjectNames } from './search/subject-recognition'
import { selectOne, textColumn, type SqlDatabase } from './sql-database'

/**
 * "Trả lời nhanh" over the pack: the question understood, its subject recognised in the index's
 * names, the answering fact read from the entry's facts, exactly as the fact box shows them.
 */

/** "(theo ...)" in a label says where a claim comes from, not what it is about. */
const PARENTHESES = /\([^)]*\)/g

/** Entry types a label can limit a fact to: "Số nước thành viên dự Hội nghị Bộ trưởng APEC đầu tiên". */
const SCOPE_TYPES: readonly string[] = ['meeting']

function meetingsIn(index: SearchIndex, docs: ReadonlySet<number>): Set<number> {
  return new Set([...docs].filter((doc) => SCOPE_TYPES.includes(index.stored.type(doc) ?? '')))
}

/** Generic words a question may use without being about them ("thành viên", "quan sát viên"). */
const INCIDENTAL_TYPES: readonly string[] = ['term', 'topic']

/** The entry every fact of this encyclopedia is implicitly about: a label may name it unasked. */
const CONTEXT_ENTRY = 'apec'

export interface QuestionResult {
  answer: QuestionAnswer
  /** The entry the answer comes from, else the longest entry named; null for a non-question. */
  subjectId: string | null
  /** The question as understood: "X là gì" naming no entry may still be answered by a hit (definitionOfHit). */
  understood: UnderstoodQuery
}

interface EntryHead {
  id: string
  type: EntryType
  title: string
  summary: string
}

export function answerQuestion(db: SqlDatabase, index: SearchIndex, query: string): QuestionResult {
  const understood = understandQuery(query)
  if (!understood.question) return { answer: null, subjectId: null, understood }
  const names = subjectNames(index.stored)
  const matches = namesInQuery(names, understood)
  const cache = new Map<number, Fact[]>()
  const factsOf = (doc: number): Fact[] => {
    let facts = cache.get(doc)
    if (facts === undefined) {
      facts = latestFigures(entryFacts(db, index.stored.id(doc)))
      cache.set(doc, facts)
    }
    return facts
  }
  const chosen = chooseAnswer(understood, {
    names: matches,
    factsOf,
    entriesNamedIn: (text) => entriesNamedIn(names, text),
    scopesIn: (label) => meetingsIn(index, entriesNamedIn(names, label.replace(PARENTHESES, ' '))),
    context: names.ids.get(CONTEXT_ENTRY) ?? null,
    incidental: (doc) => INCIDENTAL_TYPES.includes(index.stored.type(doc) ?? ''),
  })
  const subject = chosen?.doc ?? matches[0]?.doc
  return {
    answer: chosen === null ? null : toAnswer(db, index.stored.id(chosen.doc), chosen),
    subjectId: subject === undefined ? null : index.stored.id(subject),
    understood,
  }
}

/** What "X là gì" asks for when X is no entry's name: a concept, not a place or a person. */
const DEFINED_TYPES: readonly EntryType[] = ['agreement', 'organisation', 'body', 'term', 'topic']

/**
 * "CPTPP là gì" names no entry, but the first entry hit may say what it is: its summary answers
 * when it holds every word asked about ("CPTPP" in the TPP entry's summary).
 */
export function definitionOfHit(db: SqlDatabase, understood: UnderstoodQuery, entryId: string): QuestionAnswer {
  if (askedKind(understood) !== 'definition' || understood.kept.length === 0) return null
  const entry = entryHead(db, entryId)
  if (entry === null || !DEFINED_TYPES.includes(entry.type)) return null
  const summary = ` ${foldedWords(entry.summary)} `
  if (!understood.kept.every((piece) => summary.includes(` ${piece.folded} `))) return null
  return definition(entry)
}

function toAnswer(db: SqlDatabase, entryId: string, chosen: ChosenAnswer<Fact>): QuestionAnswer {
  const entry = entryHead(db, entryId)
  if (entry === null) return null
  if (chosen.kind === 'definition') return definition(entry)
  const answers = chosen.facts.map(
    (fact): Answer => ({
      kind: chosen.kind,
      entryId: entry.id,
      entryTitle: entry.title,
      entryType: entry.type,
      factKey: fact.key,
      label: fact.label,
      value: fact.value,
      valueKind: fact.valueKind,
      asOf: fact.asOf,
      citation: fact.citation,
      note: fact.note,
      disputed: chosen.disputed,
    }),
  )
  return answers.length === 1 ? (answers[0] ?? null) : answers
}

function definition(entry: EntryHead): Answer {
  return {
    kind: 'definition',
    entryId: entry.id,
    entryTitle: entry.title,
    entryType: entry.type,
    factKey: 'summary',
    label: entry.title,
    value: entry.summary,
    valueKind: 'text',
    asOf: null,
    citation: null,
    note: null,
    disputed: false,
  }
}

function entryHead(db: SqlDatabase, id: string): EntryHead | null {
  const row = selectOne(db, 'SELECT id, type, title, summary FROM entries WHERE id = ?', [id])
  if (!row) return null
  const type = textColumn(row, 'type')
  if (!isEntryType(type)) return null
  return { id, type, title: textColumn(row, 'title'), summary: textColumn(row, 'summary') }
}

/** A Factbook indicator has a figure per year: the question asks for the latest, the last one. */
function latestFigures(facts: readonly Fact[]): Fact[] {
  return facts.filter(
    (fact, at) => fact.quantity === null || !facts.some((later, after) => after > at && later.quantity !== null && later.key === fact.key),
  )
}
