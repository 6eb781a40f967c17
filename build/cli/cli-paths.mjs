// Where the bundled CLI lives, apart from the bundler: a query reads these names without loading esbuild.
import { URL, fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CLI_ENTRY = 'data/pipeline/catalog-cli.ts'
export const CLI_DIR = 'out/cli'
export const CLI_BUNDLE = `${CLI_DIR}/catalog.mjs`
/** esbuild's account of what went into which output file and what each one imports. */
export const CLI_METAFILE = `${CLI_DIR}/meta.json`
