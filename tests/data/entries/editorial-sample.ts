/**
 * Draws the editorial fact-check sample: N facts and M cited sentences at random, each printed with
 * the paragraph (or reference records) it cites, for a person to judge. The seed makes the draw
 * replayable: `npx tsx tests/data/entries/editorial-sample.ts 20261211 50 30`.
 */
import { join } from 'node:path'
import { citedSentences, type Citation } from '../../../data/pipeline/entry-text'
import { loadEntries } from '../../../data/pipeline/load-entries'
import { loadSources, type LoadedSource } from '../../../data/pipeline/load-sources'
import { DATA_DIR, PROJECT_ROOT } from '../../../data/pipeline/project-paths'
import { loadEditorialReference, loadReferenceData } from '../../../data/pipeline/reference-data'
import { splitCitation } from '../../../data/pipeline/validate-entries'
import { seededRandom } from '../../helpers/seeded-random'

const [seedText = '20261211', factCountText = '50', sentenceCountText = '30'] = process.argv.slice(2)
const seed = Number(seedText)

function draw<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items]
  const drawn: T[] = []
  while (drawn.length < count && pool.length > 0) drawn.push(...pool.splice(Math.floor(random() * pool.length), 1))
  return drawn
}

async function main(): Promise<void> {
  const entries = await loadEntries(join(DATA_DIR, 'entries'), PROJECT_ROOT)
  const sources = new Map((await loadSources(join(DATA_DIR, 'sources'), PROJECT_ROOT)).map((source) => [source.meta.id, source]))
  const reference = (await loadReferenceData(join(DATA_DIR, 'reference', 'apec-reference.json'), 'apec-reference.json')).data
  const editorial = (await loadEditorialReference(join(DATA_DIR, 'reference', 'editorial-reference.json'), 'editorial-reference.json')).data
  const titles = new Map(entries.map((entry) => [entry.meta.id, entry.meta.title]))
  const cited = ({ sourceId, paragraph }: Citation): string => {
    if (paragraph === null) {
      const records = [
        ...reference.members.filter((member) => member.source === sourceId).map((member) => `${member.id} joined ${member.joined}`),
        ...reference.hosts.filter((host) => host.source === sourceId).map((host) => `${host.year} ${host.economy} ${host.city}${host.note ? ` (${host.note})` : ''}`),
        ...editorial.facts.filter((fact) => fact.source === sourceId).map((fact) => `${fact.id}: ${fact.value} — ${fact.says ?? ''}`),
      ]
      return `ref:${sourceId}: ${records.length} records${records.length <= 8 ? `\n      ${records.join('\n      ')}` : ' (see the file)'}`
    }
    const source: LoadedSource | undefined = sources.get(sourceId)
    const block = source?.blocks.find((candidate) => candidate.number === paragraph)
    return `${sourceId}#${paragraph}: ${block?.text ?? '(missing)'}`
  }
  const facts = entries.flatMap((entry) => entry.meta.facts.map((fact) => ({ entry: entry.meta.id, fact })))
  const sentences = entries.flatMap((entry) =>
    citedSentences(entry.body, entry.bodyLine, (id) => titles.get(id) ?? id).sentences.map((sentence) => ({ entry: entry.meta.id, file: entry.file, sentence })),
  )
  const random = seededRandom(seed)
  const factSample = draw(facts, Number(factCountText), random)
  const sentenceSample = draw(sentences, Number(sentenceCountText), random)
  const out: string[] = [`seed ${seed}: ${factSample.length} of ${facts.length} facts, ${sentenceSample.length} of ${sentences.length} cited sentences`]
  factSample.forEach(({ entry, fact }, index) => {
    out.push(`\nF${index + 1} ${entry} · ${fact.label}: ${fact.value}${fact.asOf ? ` (tính đến ${fact.asOf})` : ''}`)
    out.push(`    ${cited(splitCitation(fact.source))}`)
  })
  sentenceSample.forEach(({ file, sentence }, index) => {
    out.push(`\nS${index + 1} ${file}:${sentence.line} · ${sentence.text}`)
    for (const citation of sentence.citations) out.push(`    ${cited(citation)}`)
  })
  process.stdout.write(`${out.join('\n')}\n`)
}

void main()
