// Bundles the catalog CLI (data/pipeline/catalog-cli.ts and everything it imports, sql.js aside)
// into out/cli/catalog.mjs, run with plain node: a query then costs node's start and the query,
// not a TypeScript compiler's start (tsx took longer than the search it ran). What the CLI imports
// only for one command (build-pack, export: the Word writer, Chromium's driver) is split into
// chunks loaded by that command, so a search does not pay for them.
import { build } from 'esbuild'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { CLI_DIR, CLI_ENTRY, CLI_METAFILE, PROJECT_ROOT } from './cli-paths.mjs'

export async function bundleCli() {
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { catalog: CLI_ENTRY },
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    metafile: true,
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
  writeFileSync(join(PROJECT_ROOT, CLI_METAFILE), JSON.stringify(result.metafile))
  removeStaleChunks(new Set(Object.keys(result.metafile.outputs)))
}

/** Chunks of earlier builds (their names carry a content hash) are removed once a build no longer writes them. */
function removeStaleChunks(written) {
  const chunks = join(PROJECT_ROOT, CLI_DIR, 'chunks')
  if (!existsSync(chunks)) return
  for (const name of readdirSync(chunks)) {
    const path = join(chunks, name)
    if (!written.has(relative(PROJECT_ROOT, path))) rmSync(path, { force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundleCli().catch((error) => {
    process.stderr.write(`Không dựng được CLI: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
