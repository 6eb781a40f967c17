import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The folder holding package.json, found upward from this module: the same answer whether it runs
 * from data/pipeline (tsx, tests) or from a chunk of the bundled CLI under out/cli.
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
  return dir
}

/** Where the Node tools find the project's content and put the built pack. */
export const PROJECT_ROOT = projectRoot()
export const DATA_DIR = join(PROJECT_ROOT, 'data')
export const DEFAULT_PACK_PATH = join(PROJECT_ROOT, 'data', 'out', 'encyclopedia.sqlite')
