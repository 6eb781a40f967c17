import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { cleanSource, IneffectiveRuleError, type CleanedBlock } from './clean-source'
import { parseFrontMatter } from './front-matter'
import { PipelineError } from './pipeline-error'
import { sourceMetaSchema, type SourceMeta } from './source-schema'

export interface LoadedSource {
  file: string
  meta: SourceMeta
  blocks: CleanedBlock[]
  /** The file's bytes, for the pack's content hash. */
  raw: string
  lineOf(path: readonly (string | number)[]): number | null
}

/** Reads, checks and cleans every `*.txt` source in a folder, in file-name order. */
export async function loadSources(directory: string, displayRoot: string): Promise<LoadedSource[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort()
  const sources: LoadedSource[] = []
  for (const name of names) {
    const path = join(directory, name)
    const file = relative(displayRoot, path)
    sources.push(parseSource(file, await readFile(path, 'utf8')))
  }
  const seen = new Map<string, string>()
  for (const source of sources) {
    const earlier = seen.get(source.meta.id)
    if (earlier) {
      throw new PipelineError(source.file, source.lineOf(['id']), 'id', `trùng id "${source.meta.id}" với ${earlier}`)
    }
    seen.set(source.meta.id, source.file)
  }
  return sources
}

export function parseSource(file: string, raw: string): LoadedSource {
  const parsed = parseFrontMatter(file, raw, sourceMetaSchema)
  const { data: meta, body, bodyLine } = parsed
  const expectedName = `${meta.id}.txt`
  if (basename(file) !== expectedName) {
    throw new PipelineError(file, parsed.lineOf(['id']), 'id', `tên tệp phải là "${expectedName}"`)
  }
  const digest = createHash('sha256').update(body, 'utf8').digest('hex')
  if (digest !== meta.sha256) {
    throw new PipelineError(
      file,
      parsed.lineOf(['sha256']),
      'sha256',
      `văn bản gốc đã bị sửa (SHA-256 hiện tại ${digest}); chỉ quy tắc làm sạch được thay đổi nội dung hiển thị`,
    )
  }
  if (body.normalize('NFC') !== body) {
    throw new PipelineError(file, bodyLine, null, 'văn bản phải ở dạng Unicode NFC')
  }
  let blocks: CleanedBlock[]
  try {
    blocks = cleanSource(body, bodyLine, meta.cleaning, meta.languages)
  } catch (error) {
    if (error instanceof IneffectiveRuleError) {
      const path = ['cleaning', error.ruleIndex]
      throw new PipelineError(file, parsed.lineOf(path), path.join('.'), error.message)
    }
    throw error
  }
  if (!blocks.some((block) => block.kind === 'paragraph')) {
    throw new PipelineError(file, bodyLine, null, 'sau khi làm sạch không còn đoạn văn nào')
  }
  return { file, meta, blocks, raw, lineOf: parsed.lineOf }
}
