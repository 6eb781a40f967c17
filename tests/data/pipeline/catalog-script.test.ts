import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../data/core/schema'
import { PROJECT_ROOT } from '../../../data/pipeline/project-paths'

const work = mkdtempSync(join(tmpdir(), 'apec-catalog-script-'))

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

function npmCatalog(args: readonly string[]) {
  return spawnSync('npm', ['run', '-s', 'catalog', '--', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', APEC_CHECKED_PACKS: join(work, 'checked-packs.json') },
    timeout: 120_000,
  })
}

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string }[] }>
}

/** Every input a module pulls in before it runs: static imports, followed through, dynamic ones not. */
function loadedAtStart(meta: Metafile, entry: string): Set<string> {
  const seen = new Set([entry])
  const queue = [entry]
  for (let module = queue.shift(); module !== undefined; module = queue.shift()) {
    for (const { path, kind } of meta.inputs[module]?.imports ?? []) {
      if (kind === 'dynamic-import' || seen.has(path)) continue
      seen.add(path)
      queue.push(path)
    }
  }
  return seen
}

/**
 * Issue 13: `npm run -s catalog` runs the CLI bundled into plain JavaScript (a query then pays
 * node's start, not a TypeScript compiler's), built by the script itself when it is missing or older
 * than its sources, so a fresh clone after `npm ci` works with no build step of its own.
 */
describe('npm run -s catalog', () => {
  it('answers through the bundled CLI, built or brought up to date first', () => {
    const run = npmCatalog(['stats', '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: SCHEMA_VERSION, sources: 5 })
    const bundle = statSync(join(PROJECT_ROOT, 'out', 'cli', 'catalog.mjs'))
    expect(bundle.mtimeMs).toBeGreaterThanOrEqual(statSync(join(PROJECT_ROOT, 'data', 'pipeline', 'catalog-cli.ts')).mtimeMs)
  })

  it('loads the schema library, the Word writer, Chromium\'s driver and the pack builder only for the commands that use them', () => {
    const meta = JSON.parse(readFileSync(join(PROJECT_ROOT, 'out', 'cli', 'meta.json'), 'utf8')) as Metafile
    const atStart = [...loadedAtStart(meta, 'data/pipeline/catalog-cli.ts')]
    expect(atStart).toContain('data/core/catalog-search.ts')
    for (const heavy of ['node_modules/zod/', 'node_modules/docx/', 'playwright-core', 'data/pipeline/folder-pack.ts', 'data/pipeline/export-command.ts']) {
      expect(atStart.filter((path) => path.startsWith(heavy))).toEqual([])
    }
  })

  it('builds a pack and exports a Word sheet through the bundle, whose commands load their own parts', () => {
    const folder = join(work, 'folder')
    spawnSync('mkdir', ['-p', folder])
    writeFileSync(join(folder, 'hoi-nghi.txt'), 'Hội nghị thượng đỉnh\n\nCác nhà lãnh đạo họp tại Đà Nẵng.\n')
    const pack = join(work, 'folder.sqlite')
    const built = npmCatalog(['build-pack', '--from', folder, '--out', pack, '--json'])
    expect(built.stderr).toBe('')
    expect(JSON.parse(built.stdout)).toMatchObject({ sources: 1, paragraphs: 1 })
    const found = npmCatalog(['search', 'đà nẵng', '--pack', pack, '--json'])
    expect(JSON.parse(found.stdout).hits[0]).toMatchObject({ title: 'Hội nghị thượng đỉnh' })

    const docx = join(work, 'viet-nam.docx')
    const exported = npmCatalog(['export', 'viet-nam', '--format', 'docx', '--out', docx, '--json'])
    expect(exported.stderr).toBe('')
    expect(exported.status).toBe(0)
    // A .docx is a zip: it starts "PK".
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK')
  })
})
