import { LineCounter, parseDocument, isNode, type Document } from 'yaml'
import type { z } from 'zod'
import { PipelineError } from './pipeline-error'

export interface FrontMatterFile<T> {
  data: T
  /** The text after the closing `---`, byte for byte. */
  body: string
  /** 1-based line number of the body's first line in the file. */
  bodyLine: number
  /** Line in the file where a front-matter field starts, for messages about that field. */
  lineOf(path: readonly (string | number)[]): number | null
}

const OPEN = '---\n'
const CLOSE = '\n---\n'

/** Splits `---` YAML front matter from a text file and validates it, reporting file, line and field. */
export function parseFrontMatter<T>(file: string, text: string, schema: z.ZodType<T>): FrontMatterFile<T> {
  if (!text.startsWith(OPEN)) throw new PipelineError(file, 1, null, 'tệp phải bắt đầu bằng dòng "---" (phần siêu dữ liệu YAML)')
  const close = text.indexOf(CLOSE, OPEN.length - 1)
  if (close < 0) throw new PipelineError(file, null, null, 'thiếu dòng "---" đóng phần siêu dữ liệu YAML')
  const yamlText = text.slice(OPEN.length, close + 1)
  // The YAML starts on line 2, after the opening "---".
  const { data, lineOf } = parseYamlText(file, yamlText, schema, 1)
  const bodyStart = close + CLOSE.length
  return {
    data,
    body: text.slice(bodyStart),
    bodyLine: text.slice(0, bodyStart).split('\n').length,
    lineOf,
  }
}

/**
 * Parses and validates YAML, reporting file, line and field; `linesBefore` shifts line numbers
 * when the YAML sits inside a larger file.
 */
export function parseYamlText<T>(
  file: string,
  yamlText: string,
  schema: z.ZodType<T>,
  linesBefore = 0,
): { data: T; lineOf(path: readonly (string | number)[]): number | null } {
  const lineCounter = new LineCounter()
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false })
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + linesBefore
  const firstError = document.errors[0]
  if (firstError) {
    throw new PipelineError(file, lineAt(firstError.pos[0]), null, `YAML không hợp lệ: ${firstError.message}`)
  }
  const lineOf = (path: readonly (string | number)[]): number | null => nodeLine(document, path, lineAt)
  const parsed = schema.safeParse(document.toJS())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = (issue?.path ?? []).filter((key) => typeof key !== 'symbol')
    throw new PipelineError(file, lineOf(path), path.join('.') || null, issue?.message ?? 'không hợp lệ')
  }
  return { data: parsed.data, lineOf }
}

/** The line of the deepest node on the path that exists, so a missing field points at its parent. */
function nodeLine(
  document: Document,
  path: readonly (string | number)[],
  lineAt: (offset: number) => number,
): number | null {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth), true)
    if (isNode(node) && node.range) return lineAt(node.range[0])
  }
  return null
}
