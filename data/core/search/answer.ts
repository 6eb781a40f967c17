import { DEFINITION_ASKS, matchingRules, type AnswerKind } from './answer-kinds'
import { queryHas, type UnderstoodQuery } from './query-understanding'
import { NAME_UNIT, type NameMatch } from './subject-recognition'
import { claimsConflict } from '../fact-conflict'

/**
 * "Trả lời nhanh": the fact of the subject that answers the question, taken as it stands in the
 * pack (value, label, "tính đến", citation). Nothing is composed: no fact, no answer.
 */

/** The parts of a fact an answer needs; the catalog's Fact has them. */
export interface AnswerFact {
  key: string
  label: string
  value: string
  valueKind: string
  citation: { sourceId: string }
}

export type ChosenAnswer<F extends AnswerFact> =
  | {
      kind: Exclude<AnswerKind, 'definition'>
      doc: number
      /** Every fact of the chosen key, one per distinct value, in pack order. */
      facts: F[]
      /** Some of them cannot all be true (sources disagree): show every claim with its source. */
      disputed: boolean
    }
  | { kind: 'definition'; doc: number }

export interface AnswerContext<F extends AnswerFact> {
  /** Entry names in the query, longest first (namesInQuery). */
  names: readonly NameMatch[]
  factsOf(doc: number): readonly F[]
  /** Entries a text (a fact's label, value) names. */
  entriesNamedIn(text: string): ReadonlySet<number>
  /**
   * Entries a label limits its fact to (a meeting: "Trưởng đoàn tại AMM 31"), leaving out what it
   * names only as a source, in parentheses ("theo câu hỏi ... tại họp báo CSOM 2017").
   */
  scopesIn(label: string): ReadonlySet<number>
  /** The entry every fact is implicitly about (APEC): a label may name it unasked. */
  context: number | null
  /**
   * Entries a question names in passing, not as a second subject: generic terms ("thành viên",
   * 观察员) that the fact need not mention.
   */
  incidental(doc: number): boolean
}

/**
 * The first subject, longest name first, with a fact a matching rule asks for. A fact is refused
 * when its label is limited to a meeting the query does not name ("Trưởng đoàn tại AMM 31" for
 * "ai là trưởng đoàn Việt Nam"), or when the query names an entry the fact does not mention ("Gia nhập APEC"
 * for "Việt Nam gia nhập WTO năm nào"): the fact would answer another question.
 */
export function chooseAnswer<F extends AnswerFact>(query: UnderstoodQuery, context: AnswerContext<F>): ChosenAnswer<F> | null {
  const rules = matchingRules(query)
  if (unnamedNumber(query, context.names)) return null
  const named = new Set(context.names.map((match) => match.doc).filter((doc) => !context.incidental(doc)))
  // A term the question uses ("quan sát viên") is its subject only when it names nothing else.
  const candidates = [...context.names].sort((a, b) => Number(context.incidental(a.doc)) - Number(context.incidental(b.doc)))
  for (const subject of candidates) {
    const facts = context.factsOf(subject.doc)
    for (const rule of rules) {
      for (const key of rule.keys) {
        const claims = facts.filter(
          (fact) =>
            fact.key === key &&
            (rule.valueKinds === undefined || rule.valueKinds.includes(fact.valueKind)) &&
            answersOnlyThis(fact, subject.doc, named, context),
        )
        if (claims.length > 0) return { kind: rule.kind, doc: subject.doc, facts: distinct(claims), disputed: disagree(claims) }
      }
    }
  }
  const subject = context.names[0]
  if (subject !== undefined && rules.length === 0 && isDefinition(query, subject)) return { kind: 'definition', doc: subject.doc }
  return null
}

/**
 * A number outside every name ("apec 2030", no such entry) makes the question about something
 * more specific than any entry named: APEC's facts do not answer it.
 */
function unnamedNumber(query: UnderstoodQuery, names: readonly NameMatch[]): boolean {
  return query.kept.some((piece) => {
    if (!/^\d+$/.test(piece.folded)) return false
    const at = piece.at * NAME_UNIT
    return !names.some((name) => at >= name.start && at < name.end)
  })
}

function answersOnlyThis<F extends AnswerFact>(fact: F, subject: number, named: ReadonlySet<number>, context: AnswerContext<F>): boolean {
  for (const doc of context.scopesIn(fact.label)) {
    if (doc !== subject && doc !== context.context && !named.has(doc)) return false
  }
  const mentioned = new Set([...context.entriesNamedIn(fact.label), ...context.entriesNamedIn(fact.value)])
  for (const doc of named) {
    if (doc !== subject && doc !== context.context && !mentioned.has(doc)) return false
  }
  return true
}

/** "X là gì", and X is all the query names: every content word lies inside the subject's name. */
export function isDefinition(query: UnderstoodQuery, subject: NameMatch): boolean {
  if (!DEFINITION_ASKS.some((phrase) => queryHas(query, phrase))) return false
  return query.kept.every((piece) => {
    const token = query.tokens[piece.at]
    if (token?.han === true) return subject.name.includes(piece.folded)
    return piece.at * NAME_UNIT >= subject.start && piece.at * NAME_UNIT < subject.end
  })
}

/** One fact per value: two sources giving the same value are one claim (the first cited). */
function distinct<F extends AnswerFact>(facts: readonly F[]): F[] {
  const seen = new Set<string>()
  return facts.filter((fact) => {
    if (seen.has(fact.value)) return false
    seen.add(fact.value)
    return true
  })
}

/** Whether any two of the claims disagree (see claimsConflict). */
export function disagree(facts: readonly AnswerFact[]): boolean {
  return facts.some((a) => facts.some((b) => claimsConflict(a, b)))
}
