import { beforeAll, describe, expect, it } from 'vitest'
import type { Answer } from '../../data/core/api-contract'
import type { Catalog } from '../../data/core/catalog'
import { openShippedCatalog } from '../helpers/pack'
import { QUESTION_GOLD_SET, type QuestionCase } from './question-gold-set'

/**
 * Questions over the shipped pack: the subject among the first three entry hits ≥ 0.95, the answer
 * card's values right ≥ 0.9, and no card at all for questions the facts cannot answer.
 */
let catalog: Catalog

beforeAll(async () => {
  catalog = await openShippedCatalog()
})

const claims = (answer: Answer | Answer[] | null): Answer[] => (answer === null ? [] : Array.isArray(answer) ? answer : [answer])

/** Why the card is wrong for the case, or null when it is right. */
function answerProblem(item: QuestionCase, answer: Answer | Answer[] | null): string | null {
  const expected = item.answer
  const shown = claims(answer)
  const got = shown.map((claim) => `${claim.entryId}:${claim.factKey}=${claim.value}`).join(' | ') || 'no card'
  if (expected === null) return shown.length === 0 ? null : `expected no card, got ${got}`
  if (shown.length === 0) return 'expected a card, got none'
  if (shown.some((claim) => claim.entryId !== expected.entry)) return `expected ${expected.entry}, got ${got}`
  if ('definition' in expected) return shown.length === 1 && shown[0]?.kind === 'definition' ? null : `expected a definition, got ${got}`
  const values = shown.map((claim) => claim.value).sort()
  if (JSON.stringify(values) !== JSON.stringify([...expected.values].sort())) return `expected ${expected.values.join(', ')}, got ${got}`
  const disputed = shown.some((claim) => claim.disputed)
  if (disputed !== (expected.disputed ?? false)) return `disputed should be ${String(expected.disputed ?? false)}: ${got}`
  if (shown.some((claim) => claim.citation === null)) return `a claim without its citation: ${got}`
  return null
}

describe('question gold set', () => {
  it('has at least 80 questions in every language and of every kind, 10 of them unanswerable', () => {
    expect(QUESTION_GOLD_SET.length).toBeGreaterThanOrEqual(80)
    expect(new Set(QUESTION_GOLD_SET.map((item) => item.language))).toEqual(new Set(['vi', 'vi-unmarked', 'en', 'zh']))
    expect(new Set(QUESTION_GOLD_SET.map((item) => item.kind))).toEqual(
      new Set(['time', 'place', 'person', 'count', 'definition', 'membership', 'host', 'none']),
    )
    expect(QUESTION_GOLD_SET.filter((item) => item.answer === null).length).toBeGreaterThanOrEqual(10)
  })

  it('finds the subject in the top three, answers right and never answers the unanswerable', () => {
    const misses: string[] = []
    let subjects = 0
    let subjectsFound = 0
    let answerable = 0
    let answeredRight = 0
    let unanswerable = 0
    let falseCards = 0
    for (const item of QUESTION_GOLD_SET) {
      const results = catalog.search({ query: item.question, limit: 10 })
      const top = results.entries.slice(0, 3).map((hit) => hit.id)
      if (item.subject !== undefined) {
        subjects += 1
        if (top.includes(item.subject)) subjectsFound += 1
        else misses.push(`subject "${item.question}": ${item.subject} not in [${top.join(', ')}]`)
      }
      const problem = answerProblem(item, results.answer)
      if (item.answer === null) {
        unanswerable += 1
        if (problem !== null) falseCards += 1
      } else {
        answerable += 1
        if (problem === null) answeredRight += 1
      }
      if (problem !== null) misses.push(`answer "${item.question}" (${item.kind}): ${problem}`)
    }
    const subjectAt3 = subjectsFound / subjects
    const correctness = answeredRight / answerable
    console.log(
      `question gold set: ${QUESTION_GOLD_SET.length} questions; subject@3 ${subjectAt3.toFixed(3)} (${subjectsFound}/${subjects}), ` +
        `answer correct ${correctness.toFixed(3)} (${answeredRight}/${answerable}), ` +
        `cards for unanswerable ${falseCards}/${unanswerable}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    )
    expect(subjectAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
    expect(correctness, misses.join('\n')).toBeGreaterThanOrEqual(0.9)
    expect(falseCards, misses.join('\n')).toBe(0)
  })

  it('answers the same in the suggestions dropdown as on the results page', () => {
    for (const item of QUESTION_GOLD_SET) {
      expect(catalog.answer({ query: item.question }), item.question).toEqual(catalog.search({ query: item.question }).answer)
    }
  })
})
