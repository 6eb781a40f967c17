import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { PipelineError } from './pipeline-error'

/** Facts from outside the seed documents (data/reference/apec-reference.json), each with its public source. */
const referenceSchema = z.object({
  about: z.string(),
  sources: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      publisher: z.string(),
      title: z.string(),
      url: z.string(),
      accessed: z.string(),
    }),
  ),
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

export type ReferenceData = z.infer<typeof referenceSchema>
export type ReferenceSource = ReferenceData['sources'][number]

/** A reference source as the pack stores it; a data set (the Factbook) says where it comes from in its own words. */
export type ReferenceSourceRow = ReferenceSource & { origin?: string; attribution?: string; licence?: string }

export async function loadReferenceData(path: string, file: string): Promise<{ data: ReferenceData; raw: string }> {
  const raw = await readFile(path, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new PipelineError(file, null, null, `JSON không hợp lệ: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = referenceSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new PipelineError(file, null, issue?.path.join('.') ?? null, issue?.message ?? 'không hợp lệ')
  }
  return { data: parsed.data, raw }
}

/** All records of the reference that name a given reference source, for checking facts cited to it. */
export function recordsOf(reference: ReferenceData, sourceId: string) {
  return {
    members: reference.members.filter((member) => member.source === sourceId),
    hosts: reference.hosts.filter((host) => host.source === sourceId),
    observers: reference.observers.filter((observer) => observer.source === sourceId),
  }
}
