/**
 * `npm run bench:search`: our pack beside Kiwix on the same corpus, same machine, same queries.
 * The corpus is Debian's GCIDE dictionary (dict-gcide), whole (about 126 000 definitions) and a
 * 12 000-definition sample; kiwix-tools, zim-tools and dict-gcide are installed with apt when
 * missing (here only, never in npm test). Prints one table per corpus (ours | Kiwix | ratio) with
 * every goal of issue 13 marked PASS or FAIL, then the web edition's page-load-to-first-answer.
 * Measures; asserts nothing. BENCH_SIZES=12000 for the small corpus alone.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { ensureAptPackages, flushWrites } from './bench-process'
import { benchQueries, type BenchQuery } from './bench-queries'
import { formatTable, type Row } from './bench-table'
import { writeHtmlFolder, writeTextFolder } from './corpus-files'
import { DICTD_DIR, readDictionary, type DictDocument } from './dict-corpus'
import { buildZim, KIWIX_PACKAGES, kiwixCliQuery, kiwixServeSide } from './kiwix-side'
import { buildOurPack, checkedAgainWhenChanged, desktopHomeMs, openFacts, ourCliQuery, ourQueries, suggestFacts } from './our-side'
import { ensureWebEdition, WEB_DIR, webFirstAnswerMs } from './web-load'

const SEED = 20171110
const QUERY_COUNT = 600
const FULL = 0
const SIZES = (process.env.BENCH_SIZES ?? `${FULL},12000`).split(',').map(Number)
const ARTIFACT = join(PROJECT_ROOT, 'tests', '.artifacts', 'bench-search.json')

/** Every `size`-th share of the dictionary, evenly spread over the alphabet; 0 is the whole. */
function sample(documents: readonly DictDocument[], size: number): DictDocument[] {
  if (size === FULL || size >= documents.length) return [...documents]
  const step = documents.length / size
  return Array.from({ length: size }, (_, n) => documents[Math.floor(n * step)]).filter((document) => document !== undefined)
}

async function benchCorpus(all: readonly DictDocument[], size: number) {
  const documents = sample(all, size)
  const name = `gcide-${documents.length}`
  const dir = await mkdtemp(join(tmpdir(), `apec-bench-${documents.length}-`))
  try {
    process.stderr.write(`… ${name}: writing the corpus\n`)
    await writeTextFolder(join(dir, 'txt'), documents)
    await writeHtmlFolder(join(dir, 'html'), documents, name)
    const zim = join(dir, `${name}.zim`)
    const pack = join(dir, `${name}.sqlite`)
    process.stderr.write(`… ${name}: zimwriterfs\n`)
    const zimBuild = await buildZim(join(dir, 'html'), zim, name)
    process.stderr.write(`… ${name}: build-pack\n`)
    const packBuild = await buildOurPack(join(dir, 'txt'), pack)
    const queries: BenchQuery[] = benchQueries(documents, QUERY_COUNT, SEED + documents.length)
    const record = join(dir, 'checked-packs.json')
    const oneQuery = queries[0]?.text ?? 'apple'
    flushWrites()
    process.stderr.write(`… ${name}: one-query CLIs\n`)
    const cli = ourCliQuery(pack, record, oneQuery)
    const kiwixCli = kiwixCliQuery(zim, oneQuery)
    process.stderr.write(`… ${name}: open + first answer\n`)
    const open = openFacts(pack, record, join(dir, 'never-checked.json'), oneQuery)
    const desktopMs = await desktopHomeMs(pack, join(dir, 'desktop-checked-packs.json'))
    process.stderr.write(`… ${name}: ${queries.length} queries each\n`)
    const ours = await ourQueries(pack, record, queries)
    const suggestions = suggestFacts(pack, record, queries)
    const kiwix = await kiwixServeSide(zim, name, queries)
    const checkedAgain = await checkedAgainWhenChanged(pack, record, oneQuery)
    const web = documents.length <= 20_000 ? await webFirstAnswerMs(pack, oneQuery) : null
    return { name, documents: documents.length, zimBuild, packBuild, cli, kiwixCli, open, desktopMs, ours, suggestions, kiwix, checkedAgain, web }
  } finally {
    if (process.env.BENCH_KEEP === '1') process.stderr.write(`kept ${dir}\n`)
    else await rm(dir, { recursive: true, force: true })
  }
}

type CorpusResult = Awaited<ReturnType<typeof benchCorpus>>

function rows(result: CorpusResult): Row[] {
  const large = result.documents > 100_000
  const { ours, kiwix, open, cli, zimBuild, packBuild } = result
  const rows: Row[] = [
    { label: 'one CLI query, process start to exit', ours: cli.nodeMs, kiwix: result.kiwixCli.wallMs, unit: 'ms', goal: large ? { max: 400 } : null },
    { label: '  its CPU time (user + system)', ours: cli.cpuMs, kiwix: result.kiwixCli.cpuMs, unit: 'ms', goal: null },
    { label: '  the same through npm run -s catalog', ours: cli.npmMs, kiwix: null, unit: 'ms', goal: null },
    { label: 'open + first answer, in process', ours: open.openFirstMs, kiwix: kiwix.openFirstMs, unit: 'ms', goal: large ? { max: 250 } : null, note: 'Kiwix: kiwix-serve start + answer' },
    { label: '  of which the first search (index load)', ours: open.firstSearchMs, kiwix: null, unit: 'ms', goal: null },
    { label: '  a pack never checked (quick_check runs)', ours: open.uncheckedOpenFirstMs, kiwix: null, unit: 'ms', goal: null },
    { label: 'quick_check skipped for a checked pack', ours: open.quickCheckSkippedWhenRecorded ? 1 : 0, kiwix: null, unit: 'yes/no', goal: { min: 1 } },
    { label: 'quick_check runs again once changed', ours: result.checkedAgain ? 1 : 0, kiwix: null, unit: 'yes/no', goal: { min: 1 } },
    { label: 'desktop main: pack open + home page data', ours: result.desktopMs, kiwix: null, unit: 'ms', goal: large ? { max: 1000 } : null },
    // sql.js keeps the pack as one file in JS memory (Emscripten's MEMFS) and the index parts are
    // read out of it: together about 1.25× the pack. Our own read copy kept beside them would be 2×+.
    { label: 'JS buffers held after open + first answer', ours: open.arrayBuffersMB, kiwix: null, unit: 'MB', goal: { max: round(1.5 * packBuild.sizeMB + 8, 1) }, note: 'pack in sql.js + index parts; a 2nd copy ≥ 2× pack' },
    { label: 'RSS after 600 searches', ours: ours.rssAfterMB, kiwix: kiwix.rssAfterMB, unit: 'MB', goal: { max: large ? 350 : 120 } },
    { label: '  peak RSS on the way', ours: ours.rssPeakMB, kiwix: kiwix.rssPeakMB, unit: 'MB', goal: null, note: 'V8 and sql.js threads\' malloc arenas' },
    // The issue sets this goal at 126k; a 12k build takes 2–3 s, where a few hundred ms of noise
    // swing the ratio by 15 %.
    { label: 'build wall time', ours: packBuild.wallMs / 1000, kiwix: zimBuild.wallMs / 1000, unit: 's', goal: large ? { max: round(1.1 * (zimBuild.wallMs / 1000), 1) } : null, note: '≤ 1.1× zimwriterfs at 126k' },
    { label: '  build CPU time', ours: packBuild.cpuMs / 1000, kiwix: zimBuild.cpuMs / 1000, unit: 's', goal: null, note: 'zimwriterfs uses 4 threads' },
    { label: 'build peak RSS', ours: packBuild.peakMB, kiwix: zimBuild.peakMB, unit: 'MB', goal: { max: 600 } },
    { label: 'pack size', ours: packBuild.sizeMB, kiwix: zimBuild.sizeMB, unit: 'MB', goal: { max: round(1.5 * zimBuild.sizeMB, 1) }, note: '≤ 1.5× the ZIM' },
    { label: 'search p50', ours: ours.searchP50, kiwix: kiwix.searchP50, unit: 'ms', goal: null, note: 'Kiwix over HTTP' },
    { label: 'search p95', ours: ours.searchP95, kiwix: kiwix.searchP95, unit: 'ms', goal: { max: large ? 50 : 5 } },
    { label: `precision@1 on ${ours.headwords} headwords`, ours: ours.precisionAt1, kiwix: kiwix.precisionAt1, unit: '', goal: { min: 0.99 } },
    { label: 'distinct documents in the first 10 hits', ours: ours.distinctTop10, kiwix: kiwix.distinctTop10, unit: '', goal: null },
    {
      label: 'suggestions: memory added after the searches',
      ours: result.suggestions.addedBySuggestionsMB,
      kiwix: null,
      unit: 'MB',
      goal: { max: round(0.05 * result.suggestions.heldAfterSearchesMB, 1) },
      note: `shares the search index; one of its own would add its size (held: ${result.suggestions.heldAfterSearchesMB} MB)`,
    },
    { label: '  suggestion p95', ours: result.suggestions.suggestP95, kiwix: null, unit: 'ms', goal: null },
    { label: 'queries with 10 hits: all 10 different docs', ours: ours.allDistinctShare, kiwix: kiwix.allDistinctShare, unit: 'share', goal: { min: 1 } },
  ]
  if (result.web !== null) rows.push({ label: 'web edition: page load to first answer', ours: result.web, kiwix: null, unit: 'ms', goal: null, note: 'fetch + open in the worker' })
  return rows
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

async function main(): Promise<void> {
  const started = performance.now()
  ensureAptPackages({ ...KIWIX_PACKAGES, 'dict-gcide': `${DICTD_DIR}/gcide.index` })
  ensureWebEdition()
  const all = await readDictionary('gcide')
  const results: CorpusResult[] = []
  const tables: string[] = []
  for (const size of SIZES) {
    const result = await benchCorpus(all, size)
    results.push(result)
    const table = formatTable(`GCIDE, ${result.documents} definitions (${QUERY_COUNT} queries, seed ${SEED})`, rows(result))
    tables.push(table)
    process.stdout.write(`\n${table}\n`)
  }
  const shippedWeb = await webFirstAnswerMs(null, 'apec')
  const webLine = `Web edition, shipped pack (${WEB_DIR}): page load to first answer ${Math.round(shippedWeb)} ms (fetch + open in the worker, median of 3)`
  process.stdout.write(`\n${webLine}\n`)
  const totalMs = Math.round(performance.now() - started)
  process.stdout.write(`\nTotal ${Math.round(totalMs / 1000)} s, node ${process.version}\n`)
  await mkdir(join(PROJECT_ROOT, 'tests', '.artifacts'), { recursive: true })
  await writeFile(ARTIFACT, `${JSON.stringify({ seed: SEED, node: process.version, totalMs, results, shippedWebMs: shippedWeb, tables }, null, 2)}\n`)
  process.stdout.write(`JSON: ${ARTIFACT}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
