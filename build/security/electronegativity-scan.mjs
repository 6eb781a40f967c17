// Runs Electronegativity over a built desktop app (a folder or an .asar) and prints its findings
// as one JSON document: `node build/security/electronegativity-scan.mjs <input> <electron-version>`.
// CI runs it under `unshare -n` (no network at all), so the one check that downloads Electron's
// release list is left out: the Electron version is pinned in package.json and updated by hand.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import process from 'node:process'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity/dist/runner.js')

/** The only check that needs the network: it fetches Electron's release list from GitHub. */
export const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck']

const [input, electronVersion] = process.argv.slice(2)
if (!input || !electronVersion) {
  process.stderr.write('usage: electronegativity-scan.mjs <built app folder or .asar> <electron version>\n')
  process.exit(2)
}

const result = await run({
  input: resolve(input),
  excludeFromScan: ONLINE_CHECKS,
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
})

const findings = result.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file,
  line: issue.location.line,
  column: issue.location.column,
  description: issue.description,
  sample: issue.sample,
  manualReview: Boolean(issue.manualReview),
}))
const errors = result.errors.map((error) => ({ file: error.file, message: String(error.message ?? error.error ?? error) }))
process.stdout.write(`${JSON.stringify({ checks: result.globalChecks + result.atomicChecks, findings, errors })}\n`)
