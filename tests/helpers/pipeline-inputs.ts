import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATA_DIR } from '../../data/pipeline/project-paths'

export interface InputsCopy {
  /** Plays the project root: messages name files relative to it, e.g. `data/sources/x.txt`. */
  root: string
  /** `<root>/data` with a copy of every pipeline input (pack.yaml, sources/, entries/...). */
  dataDir: string
  sourcesDir: string
}

/** Code and generated output under data/, not content the pipeline reads. */
const NOT_INPUTS = new Set(['core', 'pipeline', 'out'])

/** A scratch copy of the real pack inputs, for tests that break one thing and build. */
export async function copyPipelineInputs(): Promise<InputsCopy> {
  const root = await mkdtemp(join(tmpdir(), 'apec-inputs-'))
  const dataDir = join(root, 'data')
  for (const name of await readdir(DATA_DIR)) {
    if (NOT_INPUTS.has(name)) continue
    await cp(join(DATA_DIR, name), join(dataDir, name), { recursive: true })
  }
  return { root, dataDir, sourcesDir: join(dataDir, 'sources') }
}

/** Replaces `from` by `to` in a file; fails loudly if `from` is absent, so a stale fixture cannot quietly test nothing. */
export async function replaceInFile(
  path: string,
  from: string | RegExp,
  to: string,
): Promise<string> {
  const before = await readFile(path, 'utf8')
  const after = before.replace(from, to)
  if (after === before) throw new Error(`fixture edit did not apply to ${path}: ${String(from)}`)
  await writeFile(path, after)
  return after
}

/** 1-based number of the only line of `text` that satisfies `test`. */
export function lineNumberOf(text: string, test: (line: string) => boolean): number {
  const numbers = text
    .split('\n')
    .map((line, index) => (test(line) ? index + 1 : 0))
    .filter((number) => number > 0)
  if (numbers.length !== 1)
    throw new Error(`expected exactly one matching line, found ${numbers.length}`)
  return numbers[0] ?? 0
}
