// Bundles the catalog CLI (data/pipeline/catalog-cli.ts and everything it imports, sql.js aside)
// into out/cli/catalog.mjs, run with plain node: a query then costs node's start and the query,
// not a TypeScript compiler's start (tsx took longer than the search it ran).
import { build } from 'esbuild'
import process from 'node:process'
import { URL, fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CLI_ENTRY = 'data/pipeline/catalog-cli.ts'
export const CLI_BUNDLE = 'out/cli/catalog.mjs'

export async function bundleCli() {
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [CLI_ENTRY],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // sql.js finds its WASM beside its own JS in node_modules, and playwright-core (PDF export only)
    // finds its own files there too: both are left where they are.
    external: ['sql.js', 'playwright-core'],
    // Bundled CommonJS (opencc-js, yaml) may call require: give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
    legalComments: 'none',
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundleCli().catch((error) => {
    process.stderr.write(`Không dựng được CLI: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
