import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseBody, type ParsedBody } from './entry-body'
import { entryMetaSchema, type EntryMeta } from './entry-schema'
import { parseFrontMatter } from './front-matter'
import { PipelineError, PipelineErrors } from './pipeline-error'

export interface LoadedEntry {
  file: string
  meta: EntryMeta
  /** The body without surrounding blank lines; `bodyLine` is the file line of its first line. */
  body: string
  bodyLine: number
  parsedBody: ParsedBody
  lineOf(path: readonly (string | number)[]): number | null
  raw: string
}

/** Reads every `data/entries/<type>/<id>.md`, in path order, checking each file on its own. */
export async function loadEntries(directory: string, displayRoot: string): Promise<LoadedEntry[]> {
  const files = (await readdir(directory, { recursive: true }))
    .filter((name) => name.endsWith('.md') && name.includes('/'))
    .sort()
  const entries: LoadedEntry[] = []
  const errors: PipelineError[] = []
  for (const name of files) {
    const path = join(directory, name)
    const raw = await readFile(path, 'utf8')
    try {
      entries.push(parseEntry(relative(displayRoot, path), raw))
    } catch (error) {
      if (!(error instanceof PipelineError)) throw error
      errors.push(error)
    }
  }
  // Every malformed file at once; cross-file checks need them all readable first.
  if (errors.length > 0) throw new PipelineErrors(errors)
  return entries
}

export function parseEntry(file: string, raw: string): LoadedEntry {
  const parsed = parseFrontMatter(file, raw.normalize('NFC'), entryMetaSchema)
  const leadingLines = /^\s*/.exec(parsed.body)?.[0].split('\n').length ?? 1
  return {
    file,
    meta: parsed.data,
    body: parsed.body.trim(),
    bodyLine: parsed.bodyLine + leadingLines - 1,
    parsedBody: parseBody(parsed.body, parsed.bodyLine),
    lineOf: parsed.lineOf,
    raw,
  }
}
