import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Where the Node tools find the project's content and put the built pack. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DATA_DIR = join(PROJECT_ROOT, 'data')
export const DEFAULT_PACK_PATH = join(PROJECT_ROOT, 'data', 'out', 'encyclopedia.sqlite')
