import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { PipelineError } from './pipeline-error'

/** A public document a reference file takes its facts from; entries cite it as `ref:<id>`. */
const referenceSourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: z.string(),
  title: z.string(),
  url: z.string(),
  accessed: z.string(),
})

/** Facts from outside the seed documents (data/reference/apec-reference.json), each with its public source. */
const referenceSchema = z.object({
  about: z.string(),
  sources: z.array(referenceSourceSchema),
  observers: z.array(z.object({ name_vi: z.string(), name_en: z.string(), source: z.string() })),
  members: z.array(
    z.object({
      id: z.string(),
      name_vi: z.string(),
      name_en: z.string(),
      name_zh: z.string(),
      aliases: z.array(z.string()),
      joined: z.string(),
      founding: z.boolean(),
      source: z.string(),
      note: z.string().optional(),
    }),
  ),
  hosts: z.array(
    z.object({
      year: z.number(),
      economy: z.string(),
      city: z.string(),
      kind: z.string(),
      note: z.string().optional(),
      source: z.string(),
    }),
  ),
})

/**
 * Sourced facts that check what a seed says where the seed is wrong, undated or imprecise
 * (data/reference/editorial-reference.json): entries show them beside the seed's claim.
 */
const editorialSchema = z
  .object({
    about: z.string(),
    sources: z.array(referenceSourceSchema),
    facts: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        subject: z.string(),
        key: z.string(),
        value: z.string(),
        source: z.string(),
        place: z.string().optional(),
        says: z.string().optional(),
        checks: z.string().optional(),
      }),
    ),
  })
  .superRefine((data, context) => {
    const sources = new Set(data.sources.map((source) => source.id))
    const ids = new Set<string>()
    data.facts.forEach((fact, index) => {
      if (!sources.has(fact.source)) {
        context.addIssue({ code: 'custom', path: ['facts', index, 'source'], message: `không có nguồn "${fact.source}" trong sources` })
      }
      if (ids.has(fact.id)) context.addIssue({ code: 'custom', path: ['facts', index, 'id'], message: `trùng id "${fact.id}"` })
      ids.add(fact.id)
    })
  })

export type ReferenceData = z.infer<typeof referenceSchema>
export type EditorialReference = z.infer<typeof editorialSchema>
export type EditorialFact = EditorialReference['facts'][number]
export type ReferenceSource = ReferenceData['sources'][number]

/** A reference source as the pack stores it; a data set (the Factbook) says where it comes from in its own words. */
export type ReferenceSourceRow = ReferenceSource & { origin?: string; attribution?: string; licence?: string }

async function loadJson<T>(path: string, file: string, schema: z.ZodType<T>): Promise<{ data: T; raw: string }> {
  const raw = await readFile(path, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new PipelineError(file, null, null, `JSON không hợp lệ: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new PipelineError(file, null, issue?.path.join('.') ?? null, issue?.message ?? 'không hợp lệ')
  }
  return { data: parsed.data, raw }
}

export function loadReferenceData(path: string, file: string): Promise<{ data: ReferenceData; raw: string }> {
  return loadJson(path, file, referenceSchema)
}

export function loadEditorialReference(path: string, file: string): Promise<{ data: EditorialReference; raw: string }> {
  return loadJson(path, file, editorialSchema)
}

/** All records of the reference that name a given reference source, for checking facts cited to it. */
export function recordsOf(reference: ReferenceData, sourceId: string) {
  return {
    members: reference.members.filter((member) => member.source === sourceId),
    hosts: reference.hosts.filter((host) => host.source === sourceId),
    observers: reference.observers.filter((observer) => observer.source === sourceId),
  }
}
