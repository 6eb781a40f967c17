import type { Answer, QuestionAnswer } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { formatAsOf, formatFactValue } from '../../../../data/core/sheet/fact-format'

/** Every claim of an answer, in the pack's order; none when there is no answer. */
export function answerClaims(answer: QuestionAnswer): Answer[] {
  if (answer === null) return []
  return Array.isArray(answer) ? answer : [answer]
}

/** A claim's value as the fact box writes it, with its date: "21 (tính đến 16/11/2020)". */
export function claimValue(claim: Answer): string {
  const value = formatFactValue(claim.value, claim.valueKind)
  return claim.asOf === null ? value : `${value} ${formatAsOf(claim.asOf)}`
}

/**
 * The answer in one line, for the suggestions dropdown and the results page's announcement: the
 * values and the label of the fact as the entry has them, and the entry's title; nothing else.
 */
export function answerLine(answer: QuestionAnswer): string | null {
  const claims = answerClaims(answer)
  const first = claims[0]
  if (first === undefined) return null
  if (first.kind === 'definition') return STRINGS.search.answer.definitionLine(first.value, first.entryTitle)
  const values = claims.map(claimValue).join('; ')
  const shown = first.disputed ? STRINGS.search.answer.conflictLine(values) : values
  return STRINGS.search.answer.line(shown, first.label, first.entryTitle)
}
