/**
 * BM25 as MiniSearch scores it (k 1.2, b 0.7, d 0.5), so ranking did not change when the query
 * side stopped going through MiniSearch. Split in parts: the idf once per term and field of a query,
 * the length part and the frequency part per posting.
 */
const K = 1.2
const B = 0.7
const D = 0.5

/** Rarity of a term in a field: `matching` of `documentCount` documents hold it there. */
export function inverseDocumentFrequency(documentCount: number, matching: number): number {
  return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5))
}

/** k·(1 − b + b·length/average): how much a long field dilutes a term found in it. */
export function lengthNorm(fieldLength: number, averageFieldLength: number): number {
  const ratio = averageFieldLength > 0 ? fieldLength / averageFieldLength : 0
  return K * (1 - B + B * ratio)
}

/** The per-occurrence part; multiplied by the idf, the field boost and the term's weight. */
export function termFrequencyScore(termFrequency: number, norm: number): number {
  return D + (termFrequency * (K + 1)) / (termFrequency + norm)
}
