/**
 * Whether suggestions share the search index or build one of their own: in a fresh process, open
 * the pack, answer every query as a search, take the memory held, then offer suggestions for a
 * prefix of every query and take it again. A separate suggest index would show as the growth.
 * Prints JSON. Run by the bench: node --expose-gc --import tsx tests/bench/suggest-probe.ts PACK RECORD < queries
 */
import { readFileSync } from 'node:fs'
import { openPackFileApi } from '../../data/pipeline/checked-packs-file'
import { percentile } from './bench-process'

const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10

/** Heap and buffers held once garbage is collected: what the index keeps, not what a query left behind. */
function held(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  const usage = process.memoryUsage()
  // `external` counts the ArrayBuffers (the pack, the index parts) too.
  return usage.heapUsed + usage.external
}

async function probe(): Promise<void> {
  const [packFile = '', record = ''] = process.argv.slice(2)
  const queries = readFileSync(0, 'utf8').split('\n').filter((line) => line.trim() !== '')
  const opened = await openPackFileApi(packFile, record)
  if (!opened.ok) throw new Error(opened.error.message)
  const api = opened.value
  for (const query of queries) await api.search({ query, limit: 10 })
  const afterSearches = held()
  const times: number[] = []
  let offered = 0
  for (const query of queries) {
    // What a reader has typed a moment before picking: the query less its last two characters.
    const prefix = query.length > 3 ? query.slice(0, -2) : query
    const started = performance.now()
    const found = await api.suggest({ prefix, limit: 8 })
    times.push(performance.now() - started)
    if (found.ok && found.value.length > 0) offered += 1
  }
  const afterSuggestions = held()
  process.stdout.write(
    `${JSON.stringify({
      heldAfterSearchesMB: mb(afterSearches),
      addedBySuggestionsMB: mb(afterSuggestions - afterSearches),
      suggestP95: percentile(times, 0.95),
      offeredShare: offered / queries.length,
    })}\n`,
  )
}

probe().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
