/** What a claim needs for telling whether two sources disagree on it. */
export interface ClaimedValue {
  value: string
  valueKind: string
  citation: { sourceId: string }
}

/**
 * Two claims of one fact disagree when they come from different sources and cannot both be true:
 * two months or days of which neither contains the other ("1989-10" vs "1989-11"), or two different
 * counts (TPP: 10 or 11 members left). Years and texts are left alone: several host years, or two
 * spellings of a city (Canberra, Can-be-ra), are not a disagreement, and a year does not contradict
 * a month inside it. The entry's fact box and the answer card both ask this one question.
 */
export function claimsConflict(a: ClaimedValue, b: ClaimedValue): boolean {
  if (a.citation.sourceId === b.citation.sourceId || a.value === b.value) return false
  const precise = (claim: ClaimedValue) => claim.valueKind === 'month' || claim.valueKind === 'date'
  if (precise(a) && precise(b)) return !a.value.startsWith(b.value) && !b.value.startsWith(a.value)
  return a.valueKind === 'number' && b.valueKind === 'number'
}
