import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { parseYamlText } from './front-matter'

export const packMetaSchema = z.strictObject({
  title: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'phiên bản dạng N.N.N'),
  language: z.string().min(2),
})

export type PackMeta = z.infer<typeof packMetaSchema>

export async function loadPackMeta(path: string, file: string): Promise<{ meta: PackMeta; raw: string }> {
  const raw = await readFile(path, 'utf8')
  return { meta: parseYamlText(file, raw, packMetaSchema).data, raw }
}
