import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { parseDocument } from 'yaml'
import { PipelineError } from './pipeline-error'

export const packMetaSchema = z.strictObject({
  title: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'phiên bản dạng N.N.N'),
  language: z.string().min(2),
})

export type PackMeta = z.infer<typeof packMetaSchema>

export async function loadPackMeta(path: string, file: string): Promise<{ meta: PackMeta; raw: string }> {
  const raw = await readFile(path, 'utf8')
  const parsed = packMetaSchema.safeParse(parseDocument(raw).toJS())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new PipelineError(file, null, issue?.path.join('.') ?? null, issue?.message ?? 'không hợp lệ')
  }
  return { meta: parsed.data, raw }
}
