import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../data/core/schema'
import { PROJECT_ROOT } from '../../../data/pipeline/project-paths'

/**
 * Issue 13: `npm run -s catalog` runs the CLI bundled into plain JavaScript (a query then pays
 * node's start, not a TypeScript compiler's), built by the script itself when it is missing or older
 * than its sources, so a fresh clone after `npm ci` works with no build step of its own.
 */
describe('npm run -s catalog', () => {
  it('answers through the bundled CLI, built or brought up to date first', () => {
    const run = spawnSync('npm', ['run', '-s', 'catalog', '--', 'stats', '--json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 120_000,
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: SCHEMA_VERSION, sources: 5 })
    const bundle = statSync(join(PROJECT_ROOT, 'out', 'cli', 'catalog.mjs'))
    expect(bundle.mtimeMs).toBeGreaterThanOrEqual(statSync(join(PROJECT_ROOT, 'data', 'pipeline', 'catalog-cli.ts')).mtimeMs)
  })
})
