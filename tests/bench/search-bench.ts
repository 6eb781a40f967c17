/**
 * `npm run bench:search`: generated Vietnamese-like corpora of 12k and 120k documents, built into
 * packs by the real folder pipeline, then timed: build, load, search and suggest against a naive
 * linear scan measured in the same run. Prints numbers and budget verdicts; asserts nothing.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { foldVietnamese } from '../../data/core/search/fold'
import { understandQuery } from '../../data/core/search/query-understanding'
import { search, suggest } from '../../data/core/search/search'
import { loadSearchIndex, type SearchIndex } from '../../data/core/search/search-index'
import { openCatalog } from '../../data/core/open-catalog'
import { selectRows, textColumn } from '../../data/core/sql-database'
import { buildFolderPack } from '../../data/pipeline/folder-pack'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'
import { seededRandom } from '../helpers/seeded-random'

const SEED = 20171110
const SIZES = (process.env.BENCH_SIZES ?? '12000,120000').split(',').map(Number)
const QUERY_COUNT = Number(process.env.BENCH_QUERIES ?? 500)
const ARTIFACT = join(PROJECT_ROOT, 'tests', '.artifacts', 'bench-search.json')

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x']
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ia', 'iê', 'ua', 'uô', 'ươ', 'ai', 'ao', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'au', 'âu', 'eo', 'ay', 'ây']
const CODAS = ['', '', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']
const NAMES = ['Đà Nẵng', 'Hà Nội', 'Thành phố Hồ Chí Minh', 'Huế', 'Hải Phòng', 'Cần Thơ', 'Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Phạm Văn Đồng', 'Hội An', 'Quảng Ninh', 'Nha Trang', 'Bắc Kinh', 'Xinh-ga-po', 'Ô-xtrây-li-a', 'Nhật Bản', 'Hàn Quốc', 'Hoa Kỳ', 'Thái Bình Dương', 'APEC', 'ASEAN', 'ABAC', 'FTAAP']
const HAN = ['亚太经合组织', '亚太经济合作组织', '东南亚国家联盟', '越南', '岘港', '太平洋', '经济合作', '河内', '自由贸易区']

/** A few thousand syllables, tone marks placed on the first vowel (close enough for search). */
function syllables(random: Random, count: number): string[] {
  const seen = new Set<string>()
  while (seen.size < count) {
    const nucleus = pick(random, NUCLEI)
    const tone = pick(random, TONES)
    const marked = `${nucleus.slice(0, 1)}${tone}${nucleus.slice(1)}`.normalize('NFC')
    seen.add(`${pick(random, ONSETS)}${marked}${pick(random, CODAS)}`)
  }
  // Shuffled, so rank (and frequency) is unrelated to how a syllable is spelled.
  return [...seen].sort(() => random() - 0.5)
}

/** Zipf-like sampler: P(rank r) ∝ 1 / r^1.05. */
function zipf(random: Random, items: readonly string[]): () => string {
  const cumulative: number[] = []
  let total = 0
  items.forEach((_, rank) => {
    total += 1 / Math.pow(rank + 1, 1.05)
    cumulative.push(total)
  })
  return () => {
    const target = random() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? 0) < target) low = middle + 1
      else high = middle
    }
    return items[low] ?? ''
  }
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

interface Corpus {
  titles: string[]
  paragraphs: string[]
}

/** Writes `count` documents; keeps a sample of titles and paragraphs to draw queries from. */
async function generateCorpus(dir: string, count: number): Promise<Corpus> {
  const random = seededRandom(SEED + count)
  const word = zipf(random, syllables(random, 4000))
  const sentence = (length: number): string => {
    const words: string[] = []
    for (let i = 0; i < length; i++) {
      const roll = random()
      if (roll < 0.03) words.push(pick(random, NAMES))
      else if (roll < 0.04) words.push(String(1945 + Math.floor(random() * 81)))
      else if (roll < 0.045) words.push(pick(random, HAN))
      else words.push(word())
      if (i > 2 && i < length - 2 && random() < 0.08) words[words.length - 1] += ','
    }
    return `${capitalize(words.join(' '))}.`
  }
  const corpus: Corpus = { titles: [], paragraphs: [] }
  const pending: Promise<void>[] = []
  for (let n = 0; n < count; n++) {
    const title = capitalize([word(), word(), word(), random() < 0.4 ? pick(random, NAMES) : word()].join(' '))
    const paragraphs = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(8 + Math.floor(random() * 18))).join(' '),
    )
    if (n % 50 === 0) {
      corpus.titles.push(title)
      corpus.paragraphs.push(...paragraphs)
    }
    pending.push(writeFile(join(dir, `tai-lieu-${String(n).padStart(6, '0')}.txt`), `${title}\n\n${paragraphs.join('\n\n')}\n`))
    if (pending.length >= 256) await Promise.all(pending.splice(0))
  }
  await Promise.all(pending)
  return corpus
}

/** At least QUERY_COUNT queries: 1-3 words with and without marks, prefixes, typos, names, Chinese. */
function searchQueries(corpus: Corpus, random: Random): string[] {
  const queries: string[] = []
  const span = () => {
    const words = pick(random, corpus.paragraphs).replace(/[.,]/g, '').split(' ')
    const length = 1 + Math.floor(random() * 3)
    const start = Math.floor(random() * Math.max(1, words.length - length))
    return words.slice(start, start + length).join(' ')
  }
  while (queries.length < QUERY_COUNT) {
    const kind = queries.length % 8
    const text = span()
    if (kind === 0 || kind === 1) queries.push(text)
    else if (kind === 2 || kind === 3) queries.push(foldVietnamese(text))
    else if (kind === 4) queries.push(text.slice(0, Math.max(2, text.length - 2)))
    else if (kind === 5) {
      const long = text.split(' ').find((w) => w.length >= 5) ?? text
      const at = 1 + Math.floor(random() * (long.length - 2))
      queries.push(foldVietnamese(`${long.slice(0, at)}${long.slice(at + 1)}`))
    } else if (kind === 6) queries.push(pick(random, [...NAMES, ...NAMES.map(foldVietnamese), `apec ${1989 + Math.floor(random() * 36)}`]))
    else queries.push(pick(random, HAN).slice(0, 2 + Math.floor(random() * 3)))
  }
  return queries
}

/** Questions around the same words, as staff type them: a question word before or after. */
const QUESTION_FORMS = ['{} là gì', '{} ở đâu', 'ai chủ trì {}', '{} có bao nhiêu thành viên', '{} khi nào', '{} 是什么']

function questionQueries(queries: readonly string[], random: Random): string[] {
  return queries.map((query) => pick(random, QUESTION_FORMS).replace('{}', query))
}

interface SuggestQuery {
  prefix: string
  /** The source title the prefix was cut from: a suggestion list should offer it. */
  title: string
}

function suggestQueries(corpus: Corpus, random: Random): SuggestQuery[] {
  const queries: SuggestQuery[] = []
  while (queries.length < QUERY_COUNT) {
    const title = pick(random, corpus.titles)
    const cut = 1 + Math.floor(random() * Math.min(title.length - 1, 14))
    const prefix = title.slice(0, cut)
    queries.push({ prefix: queries.length % 2 === 0 ? prefix : foldVietnamese(prefix), title })
  }
  return queries
}

interface Stats {
  p50: number
  p95: number
  max: number
  /**
   * The same queries in CPU time of this process. On a machine busy with other work, wall time
   * also counts the wait for a core; this is what a query itself costs. Budgets use wall time.
   */
  cpu: { p50: number; p95: number }
}

function percentiles(times: readonly number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const round = (ms: number) => Math.round(ms * 1000) / 1000
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] ?? 0) }
}

function time<Q>(queries: readonly Q[], run: (query: Q) => unknown): Stats {
  for (const query of queries.slice(0, 20)) run(query)
  const wall: number[] = []
  const cpu: number[] = []
  for (const query of queries) {
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    run(query)
    wall.push(performance.now() - started)
    const used = process.cpuUsage(cpuBefore)
    cpu.push((used.user + used.system) / 1000)
  }
  const { p50, p95 } = percentiles(cpu)
  return { ...percentiles(wall), cpu: { p50, p95 } }
}

/** The baseline: every paragraph folded once, each query a linear scan with includes per word. */
function naiveScan(folded: readonly string[], query: string): number {
  const words = foldVietnamese(query).split(/\s+/).filter((w) => w !== '')
  if (words.length === 0) return 0
  let found = 0
  for (const text of folded) if (words.every((w) => text.includes(w))) found += 1
  return found
}

function readColumn(SQL: Awaited<ReturnType<typeof loadSqlJs>>, bytes: Uint8Array, sql: string, column: string): string[] {
  const db = new SQL.Database(bytes)
  try {
    return selectRows(db, sql).map((row) => textColumn(row, column))
  } finally {
    db.close()
  }
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
/**
 * Collects across a few turns of the event loop: a buffer's memory is released by a finaliser
 * after the collection that found it dead, so one collection can leave hundreds of MB counted.
 */
async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
}
const mb = (bytes: number) => Math.round(bytes / 1048576)

async function benchSize(size: number) {
  const dir = await mkdtemp(join(tmpdir(), `apec-bench-${size}-`))
  try {
    const folder = join(dir, 'docs')
    await mkdir(folder)
    let started = performance.now()
    const corpus = await generateCorpus(folder, size)
    const generateMs = performance.now() - started
    const packFile = join(dir, 'bench.sqlite')
    started = performance.now()
    const built = await buildFolderPack(folder, packFile)
    const buildMs = performance.now() - started
    gc()

    const SQL = await loadSqlJs()
    // The index is read from the same file, as the catalog does on first search, before the
    // catalog opens: sql.js memory only grows, so a second database opened later would stay in RSS.
    let json: string | undefined = readColumn(SQL, new Uint8Array(await readFile(packFile)), 'SELECT json FROM search_index WHERE id = 1', 'json')[0] ?? ''
    const indexBytes = Buffer.byteLength(json)
    started = performance.now()
    const opened = openCatalog(new Uint8Array(await readFile(packFile)), (data) => new SQL.Database(data))
    if (!opened.ok) throw new Error(opened.error.message)
    const openMs = performance.now() - started
    await settle()
    const beforeLoad = process.memoryUsage()
    started = performance.now()
    const index: SearchIndex = loadSearchIndex(json)
    const loadMs = openMs + (performance.now() - started)
    await settle()
    // Heap and typed-array buffers the loaded index holds; the JSON text is alive in both readings.
    const afterLoad = process.memoryUsage()
    const indexMemory = afterLoad.heapUsed + afterLoad.arrayBuffers - beforeLoad.heapUsed - beforeLoad.arrayBuffers
    json = undefined
    await settle()
    // What the app holds once ready to search: the open catalog and the loaded index.
    const memory = process.memoryUsage()

    const random = seededRandom(SEED * 7 + size)
    const queries = searchQueries(corpus, random)
    const prefixes = suggestQueries(corpus, random)
    const searchStats = time(queries, (query) => search(index, query))
    // Issue 15: what understanding a question costs alone, a question's search, and the answer
    // (understanding, subject recognition, facts read from the pack) the dropdown asks for.
    const questions = questionQueries(queries, random)
    const understandStats = time(questions, (query) => understandQuery(query))
    const questionStats = time(questions, (query) => search(index, query))
    const answerStats = time(questions, (query) => opened.value.answer({ query }))
    const suggestStats = time(prefixes, ({ prefix }) => suggest(index, prefix))
    const titleFound = prefixes.filter(({ prefix, title }) => suggest(index, prefix).some((suggestion) => suggestion.title === title)).length
    const folded = readColumn(SQL, new Uint8Array(await readFile(packFile)), 'SELECT text FROM paragraphs', 'text').map(foldVietnamese)
    const baseline = time(queries, (query) => naiveScan(folded, query))
    opened.value.close()
    return {
      documents: size,
      paragraphs: built.paragraphs,
      generateMs: Math.round(generateMs),
      buildMs: Math.round(buildMs),
      packMB: Math.round((await stat(packFile)).size / 104857.6) / 10,
      indexMB: Math.round(indexBytes / 104857.6) / 10,
      loadMs: Math.round(loadMs),
      rssMB: mb(memory.rss),
      heapUsedMB: mb(memory.heapUsed),
      indexMemoryMB: mb(indexMemory),
      queries: queries.length,
      search: searchStats,
      suggest: suggestStats,
      understand: understandStats,
      questionSearch: questionStats,
      answer: answerStats,
      suggestTitleFoundPercent: Math.round((100 * titleFound) / prefixes.length),
      baseline,
      ratio: { p50: round1(baseline.p50 / Math.max(searchStats.p50, 0.001)), p95: round1(baseline.p95 / Math.max(searchStats.p95, 0.001)) },
    }
  } finally {
    // BENCH_KEEP=1 keeps the generated folder and pack, for profiling one size by hand.
    if (process.env.BENCH_KEEP === '1') process.stderr.write(`kept ${dir}\n`)
    else await rm(dir, { recursive: true, force: true })
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10
type Result = Awaited<ReturnType<typeof benchSize>>

function budgets(results: readonly Result[]): string[] {
  const lines: string[] = []
  const verdict = (label: string, value: number, limit: number) =>
    lines.push(`${value <= limit ? 'PASS' : 'OVER'}  ${label}: ${value} ms (budget ${limit} ms)`)
  for (const result of results) {
    if (result.documents === 12000) {
      verdict('search p95 @12k', result.search.p95, 5)
      verdict('suggest p95 @12k', result.suggest.p95, 2)
      verdict('question search p95 @12k', result.questionSearch.p95, 5)
      verdict('index load @12k', result.loadMs, 1000)
    }
    if (result.documents === 120000) {
      verdict('search p95 @120k', result.search.p95, 50)
      verdict('question search p95 @120k', result.questionSearch.p95, 50)
    }
  }
  return lines
}

function table(results: readonly Result[]): string {
  const rows: [string, (r: Result) => string][] = [
    ['documents / paragraphs', (r) => `${r.documents} / ${r.paragraphs}`],
    ['corpus generation', (r) => `${r.generateMs} ms`],
    ['pack build (build-pack)', (r) => `${r.buildMs} ms`],
    ['pack size / index size', (r) => `${r.packMB} MB / ${r.indexMB} MB`],
    ['index load (open + load)', (r) => `${r.loadMs} ms`],
    ['memory rss / heap used', (r) => `${r.rssMB} MB / ${r.heapUsedMB} MB`],
    ['loaded index alone', (r) => `${r.indexMemoryMB} MB`],
    ['search p50 / p95 / max', (r) => `${r.search.p50} / ${r.search.p95} / ${r.search.max} ms`],
    ['search cpu time p50 / p95', (r) => `${r.search.cpu.p50} / ${r.search.cpu.p95} ms`],
    ['suggest p50 / p95 / max', (r) => `${r.suggest.p50} / ${r.suggest.p95} / ${r.suggest.max} ms`],
    ['suggest cpu time p50 / p95', (r) => `${r.suggest.cpu.p50} / ${r.suggest.cpu.p95} ms`],
    ['understanding p50 / p95 / max', (r) => `${r.understand.p50} / ${r.understand.p95} / ${r.understand.max} ms`],
    ['question search p50 / p95 / max', (r) => `${r.questionSearch.p50} / ${r.questionSearch.p95} / ${r.questionSearch.max} ms`],
    ['answer (dropdown) p50 / p95 / max', (r) => `${r.answer.p50} / ${r.answer.p95} / ${r.answer.max} ms`],
    ['suggest offers the title', (r) => `${r.suggestTitleFoundPercent}% of prefixes`],
    ['baseline p50 / p95 / max', (r) => `${r.baseline.p50} / ${r.baseline.p95} / ${r.baseline.max} ms`],
    ['baseline ÷ ours p50 / p95', (r) => `${r.ratio.p50}× / ${r.ratio.p95}×`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  const header = `${''.padEnd(width)} | ${results.map((r) => `${r.documents} docs`.padEnd(30)).join(' | ')}`
  return [header, '-'.repeat(header.length), ...rows.map(([label, cell]) => `${label.padEnd(width)} | ${results.map((r) => cell(r).padEnd(30)).join(' | ')}`)].join('\n')
}

async function main(): Promise<void> {
  const started = performance.now()
  const results: Result[] = []
  for (const size of SIZES) {
    process.stderr.write(`… ${size} documents\n`)
    results.push(await benchSize(size))
    gc()
  }
  const verdicts = budgets(results)
  process.stdout.write(`\nSearch benchmark (seed ${SEED}, ${QUERY_COUNT} queries per kind, node ${process.version})\n\n${table(results)}\n\n${verdicts.join('\n')}\n`)
  const totalMs = Math.round(performance.now() - started)
  process.stdout.write(`\nTotal ${Math.round(totalMs / 1000)} s\n`)
  await mkdir(join(PROJECT_ROOT, 'tests', '.artifacts'), { recursive: true })
  await writeFile(ARTIFACT, `${JSON.stringify({ seed: SEED, node: process.version, totalMs, results, verdicts }, null, 2)}\n`)
  process.stdout.write(`JSON: ${ARTIFACT}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
