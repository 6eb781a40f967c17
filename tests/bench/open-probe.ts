/**
 * One open of a pack in a fresh process, as the CLI and the desktop do it: read the file, verify
 * (quick_check unless the record of checked packs vouches for it), answer one search. Prints JSON:
 * the time from before the read to the answer, whether quick_check ran, and the memory then held.
 * Run by the bench: node --expose-gc --import tsx tests/bench/open-probe.ts PACK RECORD QUERY
 */
import type { PackVerification } from '../../data/core/pack-open'
import { openPackFileApi } from '../../data/pipeline/checked-packs-file'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'

async function probe(): Promise<void> {
  const [packFile = '', record = '', query = ''] = process.argv.slice(2)
  // sql.js's WASM compiled before the clock starts: a reader's app has it loaded already.
  await loadSqlJs()
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const before = process.memoryUsage()
  let facts: PackVerification | null = null
  const started = performance.now()
  const opened = await openPackFileApi(packFile, record, (seen) => (facts = seen))
  if (!opened.ok) throw new Error(opened.error.message)
  const openedAt = performance.now()
  const found = await opened.value.search({ query, limit: 10 })
  if (!found.ok) throw new Error(found.error.message)
  const answeredAt = performance.now()
  const ms = answeredAt - started
  gc?.()
  const after = process.memoryUsage()
  const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10
  const verification: PackVerification | null = facts
  process.stdout.write(
    `${JSON.stringify({
      ms,
      // The first search loads the index (its header, then the parts the query reads).
      firstSearchMs: answeredAt - openedAt,
      integrityChecked: verification === null ? null : (verification as PackVerification).integrityChecked,
      arrayBuffersMB: mb(after.arrayBuffers - before.arrayBuffers),
      rssMB: mb(after.rss),
    })}\n`,
  )
}

probe().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
