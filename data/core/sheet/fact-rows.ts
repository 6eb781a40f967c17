import type { Fact } from '../api-contract'
import { formatAsOf, formatFactValue, groupFacts } from './fact-format'
import type { FactLine, FactTableRow } from './sheet-model'
import { sourceMarks } from './sheet-sources'
import { SHEET_WORDING } from './sheet-wording'

const W = SHEET_WORDING

/** The rows of a sheet's facts table, grouped as the entry page groups them (groupFacts), with source marks. */
export function factTableRows(facts: readonly Fact[], numbers: ReadonlyMap<string, number>): FactTableRow[] {
  return groupFacts(facts).map((row) =>
    row.kind === 'fact'
      ? { kind: 'fact', fact: factLine(row.claims, numbers) }
      : { kind: 'conflict', key: row.key, note: `${W.conflict}: ${W.conflictNote}`, facts: row.facts.map((fact) => factLine([fact], numbers)) },
  )
}

/** One row for one or more claims that read alike: the first claim's words, every claim's sources. */
function factLine(claims: readonly [Fact, ...Fact[]], numbers: ReadonlyMap<string, number>): FactLine {
  const [fact] = claims
  return {
    key: fact.key,
    label: fact.label,
    value: formatFactValue(fact.value, fact.valueKind),
    asOf: fact.asOf ? formatAsOf(fact.asOf) : null,
    sources: sourceMarks(claims.map((claim) => claim.citation), numbers),
  }
}

/** The source cell as text, for the renderers that write it as one string (Word, the clipboard). */
export function factSourcesText(fact: Pick<FactLine, 'sources'>): string {
  return fact.sources.map((mark) => mark.text).join(W.sourceRefSeparator)
}
