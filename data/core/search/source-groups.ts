import type { UintArray } from './byte-arrays'
import { byRank, outranks, type Ranked, type TopHeap } from './ranking'
import { checkedRef, type StoredFields } from './stored-fields'

/**
 * Passages grouped by the source document they belong to: a source with forty matching paragraphs
 * is one hit, standing on its best passage, with its next best few beside it and how many more
 * there are. Ranking sources by their best passage keeps the passage ranking's judgement (the
 * title, the phrase, the marks) while the first page shows as many documents as match.
 */

/** Other passages of a source shown under its best one. */
export const MORE_PASSAGES = 3

/** Per source (by ref), reused by every query on an index; reset through the list of sources touched. */
class SourceScratch {
  readonly bestDoc: Uint32Array
  readonly bestScore: Float64Array
  readonly bestWords: Uint8Array
  readonly counts: Uint32Array
  /** 1 + position in the ranked sources, for the sources kept; 0 for the others. */
  readonly slots: Uint32Array
  readonly touched: Uint32Array
  touchedCount = 0

  constructor(size: number) {
    this.bestDoc = new Uint32Array(size)
    this.bestScore = new Float64Array(size)
    this.bestWords = new Uint8Array(size)
    this.counts = new Uint32Array(size)
    this.slots = new Uint32Array(size)
    this.touched = new Uint32Array(size)
  }
}

const scratches = new WeakMap<StoredFields, SourceScratch>()

/** A passage's score and words, or null when it does not count (filtered out, not a match). */
export type Rescore = (doc: number) => { score: number; words: number } | null

export interface SourceGroups {
  /** A matching passage. */
  offer(doc: number, score: number, words: number): void
  /** Source documents offered so far (a passage without a source counts as its own). */
  readonly count: number
  /**
   * The best sources into `heap`, best first, each as its best passage with `others` and
   * `otherCount` set; `rescore` and the candidates find the others in one more pass. Resets the
   * groups for the next query.
   */
  best(heap: TopHeap, rescore: Rescore, candidates: Uint32Array, candidateCount: number): Ranked[]
}

export function sourceGroups(stored: StoredFields): SourceGroups {
  let scratch = scratches.get(stored)
  if (scratch === undefined) {
    scratch = new SourceScratch(stored.sourceCount + 1)
    scratches.set(stored, scratch)
  }
  const groups = scratch
  const { sourceRefs } = stored
  const limit = stored.sourceCount + 1
  const ungrouped: Ranked[] = []
  return {
    offer(doc, score, words) {
      const source = checkedRef(sourceRefs[doc] ?? 0, limit, 'doc.sourceRefs')
      if (source === 0) {
        ungrouped.push({ doc, score, words, tier: 0 })
        return
      }
      const count = groups.counts[source] ?? 0
      if (count === 0) groups.touched[groups.touchedCount++] = source
      if (count === 0 || beats(doc, score, words, groups, source)) {
        groups.bestDoc[source] = doc
        groups.bestScore[source] = score
        groups.bestWords[source] = words
      }
      groups.counts[source] = count + 1
    },
    get count() {
      return groups.touchedCount + ungrouped.length
    },
    best(heap, rescore, candidates, candidateCount) {
      try {
        for (let i = 0; i < groups.touchedCount; i++) {
          const source = groups.touched[i] ?? 0
          heap.offer(groups.bestDoc[source] ?? 0, groups.bestScore[source] ?? 0, groups.bestWords[source] ?? 0)
        }
        for (const item of ungrouped) heap.offer(item.doc, item.score, item.words)
        const ranked = heap.sorted()
        let withOthers = 0
        ranked.forEach((item, at) => {
          const source = sourceRefs[item.doc] ?? 0
          item.others = []
          item.otherCount = source === 0 ? 0 : (groups.counts[source] ?? 1) - 1
          if (source !== 0) groups.slots[source] = at + 1
          if ((item.otherCount ?? 0) > 0) withOthers++
        })
        if (withOthers > 0) addOthers(ranked, candidates, candidateCount, sourceRefs, groups.slots, rescore)
        return ranked
      } finally {
        for (let i = 0; i < groups.touchedCount; i++) {
          const source = groups.touched[i] ?? 0
          groups.counts[source] = 0
          groups.slots[source] = 0
        }
        groups.touchedCount = 0
      }
    },
  }
}

/** outranks() against a source's best so far, read from the scratch arrays without allocating. */
function beats(doc: number, score: number, words: number, groups: SourceScratch, source: number): boolean {
  const bestWords = groups.bestWords[source] ?? 0
  if (words !== bestWords) return words > bestWords
  const bestScore = groups.bestScore[source] ?? 0
  if (score !== bestScore) return score > bestScore
  return doc < (groups.bestDoc[source] ?? 0)
}

function addOthers(
  ranked: readonly Ranked[],
  candidates: Uint32Array,
  candidateCount: number,
  sourceRefs: UintArray,
  slots: Uint32Array,
  rescore: Rescore,
): void {
  for (let i = 0; i < candidateCount; i++) {
    const doc = candidates[i] ?? 0
    const slot = slots[sourceRefs[doc] ?? 0] ?? 0
    if (slot === 0) continue
    const group = ranked[slot - 1]
    if (group === undefined || group.doc === doc || group.others === undefined) continue
    const found = rescore(doc)
    if (found === null) continue
    const others = group.others
    if (others.length === MORE_PASSAGES) {
      const worst = others[MORE_PASSAGES - 1]
      if (worst === undefined || !outranks(doc, found.score, found.words, worst)) continue
      others.pop()
    }
    others.push({ doc, score: found.score, words: found.words, tier: 0 })
    others.sort(byRank)
  }
}
