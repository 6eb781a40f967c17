import { spawn } from 'node:child_process'
import { stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { openPackFile } from '../../electron/main/pack-loader'
import { createCheckedPackStore } from '../../electron/main/pack/checked-pack-store'
import { median, percentile, processMemory, timedRun, wallRun } from './bench-process'
import { distinctness, type BenchQuery, type SideResult } from './bench-queries'

/** Our side: build-pack, the built CLI, the catalog opened in process, the desktop main's part. */

const CLI_ENTRY = join(PROJECT_ROOT, 'build', 'cli', 'catalog.mjs')

export async function buildOurPack(textDir: string, packFile: string): Promise<{ wallMs: number; cpuMs: number; peakMB: number; sizeMB: number }> {
  const run = timedRun(process.execPath, [CLI_ENTRY, 'build-pack', '--from', textDir, '--out', packFile, '--json'])
  if (run.status !== 0) throw new Error(`build-pack failed: ${run.stderr.slice(-2000)}`)
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakMB: run.peakMB, sizeMB: (await stat(packFile)).size / 1048576 }
}

const cliEnv = (record: string): NodeJS.ProcessEnv => ({ ...process.env, APEC_CHECKED_PACKS: record, NODE_OPTIONS: '' })

/**
 * One query from process start to exit with the built CLI (`npm run -s catalog` runs this same
 * file), median of `runs`. The first, unmeasured run checks the pack and records it.
 */
export function ourCliQuery(packFile: string, record: string, query: string, runs = 5): { nodeMs: number; cpuMs: number; npmMs: number } {
  const args = [CLI_ENTRY, 'search', query, '--pack', packFile, '--limit', '10', '--json']
  wallRun(process.execPath, args, cliEnv(record))
  const timed = Array.from({ length: runs }, () => timedRun(process.execPath, args, { env: cliEnv(record) }))
  const nodeMs = median(timed.map((run) => run.wallMs))
  const cpuMs = median(timed.map((run) => run.cpuMs))
  const npmMs = median(Array.from({ length: 3 }, () => wallRun('npm', ['run', '-s', 'catalog', '--', ...args.slice(1)], cliEnv(record)).wallMs))
  return { nodeMs, cpuMs, npmMs }
}

export interface OpenFacts {
  /** Open (file read, schema checks) and the first search answered, median of three, with the record. */
  openFirstMs: number
  /** The same for a pack never seen: quick_check runs. */
  uncheckedOpenFirstMs: number
  /** Of openFirstMs, the first search: the index's header and the parts the query reads, then the query. */
  firstSearchMs: number
  quickCheckSkippedWhenRecorded: boolean
  /** Typed-array memory held once open and answered, against the pack's size: a second copy would be ≥ 1. */
  arrayBuffersMB: number
}

interface ProbeResult {
  ms: number
  firstSearchMs: number
  integrityChecked: boolean | null
  arrayBuffersMB: number
  rssMB: number
}

/** One open + first answer in a fresh process (open-probe.ts). */
function probe(packFile: string, record: string, query: string): ProbeResult {
  const run = wallRun(process.execPath, ['--expose-gc', '--import', 'tsx', join(PROJECT_ROOT, 'tests', 'bench', 'open-probe.ts'), packFile, record, query])
  if (run.status !== 0) throw new Error(`open-probe failed on ${packFile}`)
  return JSON.parse(run.stdout) as ProbeResult
}

export function openFacts(packFile: string, record: string, freshRecord: string, query: string): OpenFacts {
  const unchecked = probe(packFile, freshRecord, query)
  const runs = Array.from({ length: 3 }, () => probe(packFile, record, query))
  return {
    openFirstMs: median(runs.map((run) => run.ms)),
    uncheckedOpenFirstMs: unchecked.ms,
    firstSearchMs: median(runs.map((run) => run.firstSearchMs)),
    quickCheckSkippedWhenRecorded: runs.every((run) => run.integrityChecked === false),
    arrayBuffersMB: Math.max(...runs.map((run) => run.arrayBuffersMB)),
  }
}

/** Touches the pack (a new modification time, same bytes) and opens it: quick_check must run again. */
export async function checkedAgainWhenChanged(packFile: string, record: string, query: string): Promise<boolean> {
  const info = await stat(packFile)
  await utimes(packFile, info.atime, new Date(info.mtimeMs + 1000))
  return probe(packFile, record, query).integrityChecked === true
}

/**
 * The desktop main process's part of showing the home page: open the pack as main does at start
 * (through the record of checked packs), then answer what the home page asks (pack info, sources).
 */
export async function desktopHomeMs(packFile: string, recordFile: string): Promise<number> {
  const store = createCheckedPackStore(recordFile)
  const first = await openPackFile(packFile, packFile, { checked: store })
  if (first.ok) first.value.close()
  const started = performance.now()
  const opened = await openPackFile(packFile, packFile, { checked: store })
  if (!opened.ok) throw new Error(opened.error.message)
  await opened.value.api.getPackInfo()
  await opened.value.api.listSources({ limit: 10 })
  const ms = performance.now() - started
  opened.value.close()
  return ms
}

export interface SuggestFacts {
  heldAfterSearchesMB: number
  addedBySuggestionsMB: number
  suggestP95: number
  offeredShare: number
}

/** Suggestions for every query's prefix after every query's search, in one process (suggest-probe.ts). */
export function suggestFacts(packFile: string, record: string, queries: readonly BenchQuery[]): SuggestFacts {
  const run = timedRun(process.execPath, ['--expose-gc', '--import', 'tsx', join(PROJECT_ROOT, 'tests', 'bench', 'suggest-probe.ts'), packFile, record], {
    input: `${queries.map((query) => query.text).join('\n')}\n`,
    env: cliEnv(record),
  })
  if (run.status !== 0) throw new Error(`suggest-probe failed: ${run.stderr.slice(-2000)}`)
  return JSON.parse(run.stdout) as SuggestFacts
}

/**
 * Every query through one CLI process (--stdin): each query's own time, the answers, and the
 * process's resident memory once the last answer is out (VmRSS, as for kiwix-serve), read while it
 * still waits for more input; its peak (VmHWM) beside it.
 */
export async function ourQueries(packFile: string, record: string, queries: readonly BenchQuery[]): Promise<SideResult> {
  const child = spawn(process.execPath, [CLI_ENTRY, 'search', '--stdin', '--json', '--limit', '10', '--pack', packFile], {
    env: cliEnv(record),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)))
  const lines: CliLine[] = []
  const answered = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(JSON.parse(line) as CliLine)
      if (lines.length === queries.length) resolve()
    })
    child.on('close', () => reject(new Error(`search --stdin ended after ${lines.length} answers: ${stderr.slice(-2000)}`)))
  })
  child.stdin.write(`${queries.map((query) => query.text).join('\n')}\n`)
  await answered
  const memory = processMemory(child.pid ?? 0)
  child.stdin.end()
  if ((await exited) !== 0) throw new Error(`search --stdin failed: ${stderr.slice(-2000)}`)
  const times = lines.map((line) => line.tookMs)
  let headwords = 0
  let headwordHits = 0
  const tops: string[][] = []
  lines.forEach((line, at) => {
    const query = queries[at]
    const hits = (line.hits ?? []).slice(0, 10)
    if (query?.headword != null) {
      headwords++
      if (hits[0]?.title.toLowerCase() === query.headword.toLowerCase()) headwordHits++
    }
    tops.push(hits.map((hit) => hit.source ?? hit.id))
  })
  return {
    searchP50: percentile(times, 0.5),
    searchP95: percentile(times, 0.95),
    precisionAt1: headwords === 0 ? Number.NaN : headwordHits / headwords,
    headwordHits,
    headwords,
    ...distinctness(tops),
    rssAfterMB: memory.rssMB,
    rssPeakMB: memory.peakMB,
  }
}

interface CliLine {
  tookMs: number
  hits?: { id: string; title: string; source: string | null }[]
}
