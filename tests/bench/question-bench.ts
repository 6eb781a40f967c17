/**
 * `npm run bench:questions`: what answering a question costs on the shipped pack, over the question
 * gold set (tests/search-quality/question-gold-set.ts): understanding the question alone, the whole
 * search with its answer, and the dropdown's answer, each beside a plain search of the same words with
 * the question words taken out, measured in the same run. Prints numbers; asserts nothing.
 */
import { understandQuery } from '../../data/core/search/query-understanding'
import { openShippedCatalog } from '../helpers/pack'
import { QUESTION_GOLD_SET } from '../search-quality/question-gold-set'
import { percentile } from './bench-process'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
/** The search budget of DESIGN.md for a small pack, which the shipped one is. */
const BUDGET_P95_MS = 5

function timeEach(inputs: readonly string[], run: (input: string) => unknown): number[] {
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of inputs) {
      const started = performance.now()
      run(input)
      times.push(performance.now() - started)
    }
  }
  return times
}

/** The question's content words alone, as a reader typing keywords would have searched. */
const keywordsOf = (question: string): string => understandQuery(question).content

async function main(): Promise<void> {
  const catalog = await openShippedCatalog()
  const questions = QUESTION_GOLD_SET.map((item) => item.question)
  const keywords = questions.map(keywordsOf)
  // One warm-up pass so the first-touch decoding of postings is not counted.
  for (const query of questions) catalog.search({ query })
  const rows: [string, number[]][] = [
    ['understanding a question alone', timeEach(questions, (query) => understandQuery(query))],
    ['search of the question, with its answer', timeEach(questions, (query) => catalog.search({ query }))],
    ['search of its keywords (baseline)', timeEach(keywords, (query) => catalog.search({ query }))],
    ['dropdown answer (answer())', timeEach(questions, (query) => catalog.answer({ query }))],
  ]
  console.log(`${questions.length} questions × ${ROUNDS} rounds, shipped pack`)
  for (const [name, times] of rows) {
    const p50 = percentile(times, 0.5).toFixed(3)
    const p95 = percentile(times, 0.95)
    console.log(`${name.padEnd(42)} p50 ${p50} ms  p95 ${p95.toFixed(3)} ms`)
  }
  const question = percentile(rows[1]?.[1] ?? [], 0.95)
  const baseline = percentile(rows[2]?.[1] ?? [], 0.95)
  console.log(`question / keywords p95: ${(question / baseline).toFixed(2)}×; question search p95 ${question <= BUDGET_P95_MS ? 'PASS' : 'OVER'} (≤ ${BUDGET_P95_MS} ms)`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
