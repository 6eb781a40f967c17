import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPack } from '../../data/pipeline/build-pack'
import { PipelineError, PipelineErrors } from '../../data/pipeline/pipeline-error'
import { DATA_DIR } from '../../data/pipeline/project-paths'

/** A private copy of data/ (without out/) that a test may break, and the way to build it. */
export interface DataCopy {
  root: string
  dataDir: string
  read(relativePath: string): Promise<string>
  write(relativePath: string, text: string): Promise<void>
  edit(relativePath: string, change: (text: string) => string): Promise<void>
  /** Builds and returns the error messages (empty when the build succeeds). */
  buildErrors(): Promise<string[]>
}

export async function copyData(): Promise<DataCopy> {
  const root = await mkdtemp(join(tmpdir(), 'apec-data-'))
  const dataDir = join(root, 'data')
  for (const part of ['pack.yaml', 'sources', 'entries', 'reference']) {
    await cp(join(DATA_DIR, part), join(dataDir, part), { recursive: true })
  }
  const read = (relativePath: string) => readFile(join(dataDir, relativePath), 'utf8')
  const write = (relativePath: string, text: string) => writeFile(join(dataDir, relativePath), text)
  return {
    root,
    dataDir,
    read,
    write,
    async edit(relativePath, change) {
      const before = await read(relativePath)
      const after = change(before)
      if (after === before)
        throw new Error(`edit of ${relativePath} changed nothing: the fixture is stale`)
      await write(relativePath, after)
    },
    async buildErrors() {
      try {
        await buildPack({ dataDir, displayRoot: root })
        return []
      } catch (error) {
        if (error instanceof PipelineErrors) return error.errors.map((item) => item.message)
        if (error instanceof PipelineError) return [error.message]
        throw error
      }
    },
  }
}

/** 1-based line of the first line containing `needle`, computed from the fixture text itself. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`"${needle}" not found in fixture`)
  return index + 1
}
