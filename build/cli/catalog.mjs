// `npm run -s catalog -- ...`: runs the bundled CLI (out/cli/catalog.mjs), bundling it first when
// it is missing or older than a source it is built from. Plain JavaScript, so a query pays node's
// start and a glance at file times, never a TypeScript compiler.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CLI_BUNDLE, PROJECT_ROOT } from './cli-paths.mjs'

const SOURCES = ['data/core', 'data/node', 'data/pipeline', 'package-lock.json', 'build/cli/bundle-cli.mjs', 'build/cli/cli-paths.mjs']

function newestSource(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, name)))
  return newest
}

const bundle = join(PROJECT_ROOT, CLI_BUNDLE)
let built = 0
try {
  built = statSync(bundle).mtimeMs
} catch {
  // Not built yet.
}
if (built < Math.max(...SOURCES.map((source) => newestSource(join(PROJECT_ROOT, source))))) {
  const { bundleCli } = await import('./bundle-cli.mjs')
  await bundleCli()
}
await import(pathToFileURL(bundle).href)
