/** Ranking of matches: the order every list of hits is sorted in, and the heap that keeps the best. */

/** A matching document with its score and the number of query words it holds. */
export interface Ranked {
  doc: number
  score: number
  words: number
  /** Set by the re-ranker: 2 when a name is the query, 1 when it completes it, else 0. */
  tier: number
  /**
   * A passage stands for its source document: the source's next best matching passages (at most
   * MORE_PASSAGES, best first) and how many other passages of it match, shown or not.
   */
  others?: Ranked[]
  otherCount?: number
}

/** More words first, then the name tier, then higher score, then index order: the same every run. */
export function isBetter(a: Ranked, b: Ranked): boolean {
  if (a.words !== b.words) return a.words > b.words
  if (a.tier !== b.tier) return a.tier > b.tier
  if (a.score !== b.score) return a.score > b.score
  return a.doc < b.doc
}

/** Comparator for sort: best first. */
export function byRank(a: Ranked, b: Ranked): number {
  return isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0
}

/** isBetter for a document not yet ranked (tier 0), without allocating it. */
export function outranks(doc: number, score: number, words: number, other: Ranked): boolean {
  if (words !== other.words) return words > other.words
  if (other.tier !== 0) return false
  if (score !== other.score) return score > other.score
  return doc < other.doc
}

/** A min-heap of the best `capacity` offered: the worst kept sits at the root, ready to drop. */
export class TopHeap {
  private readonly items: Ranked[] = []

  constructor(private readonly capacity: number) {}

  /** Allocates only for what is kept: most of a common word's matches are turned away here. */
  offer(doc: number, score: number, words: number): void {
    const items = this.items
    if (items.length < this.capacity) {
      items.push({ doc, score, words, tier: 0 })
      this.up(items.length - 1)
      return
    }
    const worst = items[0]
    if (worst === undefined || !outranks(doc, score, words, worst)) return
    items[0] = { doc, score, words, tier: 0 }
    this.down(0)
  }

  sorted(): Ranked[] {
    return [...this.items].sort(byRank)
  }

  private up(at: number): void {
    const items = this.items
    let child = at
    while (child > 0) {
      const parent = (child - 1) >> 1
      const above = items[parent]
      const below = items[child]
      if (above === undefined || below === undefined || !isBetter(above, below)) return
      items[parent] = below
      items[child] = above
      child = parent
    }
  }

  private down(at: number): void {
    const items = this.items
    let parent = at
    for (;;) {
      let worst = parent
      for (let child = 2 * parent + 1; child <= 2 * parent + 2; child++) {
        const candidate = items[child]
        const current = items[worst]
        if (candidate !== undefined && current !== undefined && isBetter(current, candidate))
          worst = child
      }
      if (worst === parent) return
      const moved = items[parent]
      const other = items[worst]
      if (moved === undefined || other === undefined) return
      items[parent] = other
      items[worst] = moved
      parent = worst
    }
  }
}
