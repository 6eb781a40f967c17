import type { Fact } from '../api-contract'
import { formatAsOf, formatFactValue, groupFacts } from './fact-format'
import type { FactLine, FactTableRow } from './sheet-model'
import { sourceMarks } from './sheet-sources'
import { SHEET_WORDING } from './sheet-wording'

const W = SHEET_WORDING

/**
 * The rows of a sheet's facts table. Claims of one key that read the same (label, value and "tính
 * đến" as printed) are one row citing every source that gives them: the 12 founders' "Tư cách:
 * Thành viên sáng lập" from the APEC history and from Wikipedia is one row "[1]; [2], đoạn 5", not
 * the same line twice. A label of its own ("Năm (theo Wikipedia tiếng Việt)") or another date
 * keeps its row, and claims the sources disagree on (claimsConflict) stay side by side under the note.
 */
export function factTableRows(facts: readonly Fact[], numbers: ReadonlyMap<string, number>): FactTableRow[] {
  const claimsOf = new Map<string, [Fact, ...Fact[]]>()
  const placed: ({ kind: 'fact'; claims: [Fact, ...Fact[]] } | { kind: 'conflict'; key: string; facts: Fact[] })[] = []
  for (const row of groupFacts(facts)) {
    if (row.kind === 'conflict') {
      placed.push(row)
      continue
    }
    const reading = agreementKey(row.fact)
    const claims = claimsOf.get(reading)
    if (claims) {
      claims.push(row.fact)
    } else {
      // The row stands where its first claim does; later claims only add their sources to it.
      const first: [Fact, ...Fact[]] = [row.fact]
      claimsOf.set(reading, first)
      placed.push({ kind: 'fact', claims: first })
    }
  }
  return placed.map((row) =>
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

/** What a reader compares: the printed label, value and "tính đến", spacing and Unicode form aside. */
function agreementKey(fact: Fact): string {
  const printed = [fact.label, formatFactValue(fact.value, fact.valueKind), fact.asOf ? formatAsOf(fact.asOf) : '']
  return [fact.key, ...printed.map(normalised)].join('\u0000')
}

function normalised(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}
