import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../data/core/catalog'
import { openShippedCatalog } from '../helpers/pack'
import { GOLD_SET, type GoldQuery } from './gold-set'

/** Search quality over the shipped pack: precision@1 and recall@10 must both stay at 0.95 or above. */
let catalog: Catalog

beforeAll(async () => {
  catalog = await openShippedCatalog()
})

function topTen(query: GoldQuery): string[] {
  const results = catalog.search({
    query: query.query,
    ...(query.type ? { type: query.type } : {}),
    ...(query.yearFrom === undefined ? {} : { yearFrom: query.yearFrom }),
    ...(query.yearTo === undefined ? {} : { yearTo: query.yearTo }),
    limit: 10,
  })
  return results.entries.map((hit) => hit.id)
}

describe('search quality gold set', () => {
  it('has at least 60 queries covering every kind', () => {
    expect(GOLD_SET.length).toBeGreaterThanOrEqual(60)
    const kinds = new Set(GOLD_SET.map((query) => query.kind))
    expect([...kinds].sort()).toEqual(
      ['acronym', 'alias', 'chinese', 'english', 'filter', 'nfd', 'no-tones', 'phrase', 'prefix', 'tones', 'typo'].sort(),
    )
  })

  it('reaches precision@1 ≥ 0.95 and recall@10 ≥ 0.95', () => {
    const misses: string[] = []
    let firstAsked = 0
    let firstRight = 0
    let recallAsked = 0
    let recallFound = 0
    for (const query of GOLD_SET) {
      const ids = topTen(query)
      const expected = [...(query.first ? [query.first] : []), ...(query.inTop10 ?? [])]
      if (query.first) {
        firstAsked += 1
        if (ids[0] === query.first) firstRight += 1
        else misses.push(`P@1 "${query.query}" (${query.kind}): expected ${query.first}, got ${ids[0] ?? 'nothing'}`)
      }
      for (const id of expected) {
        recallAsked += 1
        if (ids.includes(id)) recallFound += 1
        else misses.push(`R@10 "${query.query}" (${query.kind}): ${id} not in [${ids.join(', ')}]`)
      }
    }
    const precision = firstRight / firstAsked
    const recall = recallFound / recallAsked
    console.log(
      `search gold set: ${GOLD_SET.length} queries, precision@1 ${precision.toFixed(3)} (${firstRight}/${firstAsked}), ` +
        `recall@10 ${recall.toFixed(3)} (${recallFound}/${recallAsked})${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    )
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})
