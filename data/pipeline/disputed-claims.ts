import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { citationSchema } from './entry-schema'
import type { CitedSentence } from './entry-text'
import { parseYamlText } from './front-matter'
import type { LoadedEntry } from './load-entries'
import type { LoadedSource } from './load-sources'
import { PipelineError } from './pipeline-error'
import type { EditorialReference } from './reference-data'

/**
 * data/entries/disputed-claims.yaml: what a seed document says that a sourced reference fact
 * (data/reference/editorial-reference.json) shows to be wrong, and how our prose states it.
 */
const claimSchema = z.strictObject({
  reference: z.string(),
  seed: citationSchema,
  value: z.union([z.string(), z.number()]).transform(String).optional(),
  says: z.array(z.string().min(2)).min(1),
  attribution: z.array(z.string().min(2)).min(1),
})

const claimsFileSchema = z.array(claimSchema)

export type DisputedClaim = z.infer<typeof claimSchema> & {
  /** The reference source that contradicts the claim, cited as `ref:<id>`. */
  referenceSource: string
}

export async function loadDisputedClaims(
  path: string,
  file: string,
  editorial: EditorialReference,
  sources: ReadonlyMap<string, LoadedSource>,
): Promise<DisputedClaim[]> {
  const text = (await readFile(path, 'utf8')).normalize('NFC')
  const { data, lineOf } = parseYamlText(file, text, claimsFileSchema)
  const errors: PipelineError[] = []
  const claims = data.map((claim, index): DisputedClaim => {
    const fact = editorial.facts.find((candidate) => candidate.id === claim.reference)
    if (!fact) errors.push(new PipelineError(file, lineOf([index, 'reference']), `${index}.reference`, `không có dữ kiện "${claim.reference}" trong data/reference/editorial-reference.json`))
    const [sourceId = '', paragraph = ''] = claim.seed.split('#')
    const count = sources.get(sourceId)?.blocks.filter((block) => block.number !== null).length ?? 0
    if (Number(paragraph) > count) errors.push(new PipelineError(file, lineOf([index, 'seed']), `${index}.seed`, `không có đoạn ${claim.seed}`))
    return { ...claim, referenceSource: fact?.source ?? '' }
  })
  if (errors.length > 0) throw errors[0]
  return claims
}

type Report = (path: (string | number)[], message: string, line?: number) => void

const holds = (text: string, phrases: readonly string[]) => phrases.some((phrase) => text.toLowerCase().includes(phrase.toLowerCase()))

/**
 * Where an entry repeats a disputed claim (a fact, or a sentence citing the seed paragraph), the
 * claim must name its source and the reference fact must stand beside it: a fact with the same key
 * cited to the reference, or a citation of the reference in the same paragraph.
 */
export function checkDisputedClaims(
  entry: LoadedEntry,
  sentences: readonly CitedSentence[],
  blockCitations: readonly (readonly { sourceId: string; paragraph: number | null }[])[],
  claims: readonly DisputedClaim[],
  report: Report,
): void {
  for (const claim of claims) {
    const ref = `ref:${claim.referenceSource}`
    const [seedId = '', seedParagraph = ''] = claim.seed.split('#')
    const what = `${seedId} đoạn ${seedParagraph} nói "${claim.value ?? claim.says[0]}", điều mà ${ref} (${claim.reference}) bác bỏ`
    const citesSeed = (citation: { sourceId: string; paragraph: number | null }) => `${citation.sourceId}#${citation.paragraph ?? ''}` === claim.seed
    const usesSeed = entry.meta.facts.some((fact) => fact.source === claim.seed) || sentences.some((sentence) => sentence.citations.some(citesSeed))
    entry.meta.facts.forEach((fact, index) => {
      if (fact.source !== claim.seed) return
      if (fact.value !== claim.value && !holds(fact.value, claim.says)) return
      if (!entry.meta.facts.some((other) => other.key === fact.key && other.source === ref)) {
        report(['facts', index, 'value'], `${what}: đặt bên cạnh một dữ kiện "${fact.key}" trích ${ref}`)
      }
      if (!holds(fact.label, claim.attribution)) {
        report(['facts', index, 'label'], `${what}: nhãn phải ghi nguồn của nhận định (${claim.attribution.map((name) => `"theo ${name}"`).join(' hoặc ')})`)
      }
    })
    for (const sentence of sentences) {
      if (!sentence.citations.some(citesSeed)) continue
      if (!holds(sentence.text, claim.says)) continue
      const citesReference = (blockCitations[sentence.block] ?? []).some((citation) => citation.paragraph === null && citation.sourceId === claim.referenceSource)
      if (!citesReference) report([], `${what}: đoạn văn này phải trích cả [@${ref}] và nói điều nguồn tham khảo ghi`, sentence.line)
      if (!holds(sentence.text, claim.attribution)) {
        report([], `${what}: câu phải ghi rõ đó là điều ${claim.attribution.join(' / ')} nói`, sentence.line)
      }
    }
    if (usesSeed && holds(entry.meta.summary, claim.says) && !holds(entry.meta.summary, claim.attribution)) {
      report(['summary'], `${what}: tóm tắt nhắc lại nhận định mà không ghi nguồn (${claim.attribution.join(' / ')})`)
    }
  }
}
