import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEB_META_CONTENT_SECURITY_POLICY } from '../../data/core/content-security-policy'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { DESKTOP_META_CONTENT_SECURITY_POLICY } from '../../electron/main/app-url'

const run = promisify(execFile)
const SCAN = join(PROJECT_ROOT, 'build', 'security', 'electronegativity-scan.mjs')
const BUILT = join(PROJECT_ROOT, 'out')
/** What ships in the desktop app; out/web is the browser edition and has no Electron in it. */
const DESKTOP_PARTS = ['main', 'preload', 'renderer']

interface Finding {
  id: string
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'
  confidence: string
  file: string
  line: number
  description: string
  sample: string
  manualReview: boolean
}
interface ScanReport {
  checks: number
  findings: Finding[]
  errors: { file: string; message: string }[]
}

/**
 * Electronegativity in a network namespace of its own (`unshare -n`, root on these machines): it
 * cannot reach anything, so a check that would fetch from the internet fails loudly instead of
 * passing silently. The test fails, not skips, where unshare is missing.
 */
async function scanOffline(input: string): Promise<ScanReport> {
  const electron = JSON.parse(await readFile(join(PROJECT_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  const { stdout } = await run('unshare', ['-n', process.execPath, SCAN, input, electron.version], { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 })
  // Electronegativity prints a line about translations first; the report is the last line.
  const lastLine = stdout.trim().split('\n').at(-1) ?? ''
  return JSON.parse(lastLine) as ScanReport
}

/**
 * Findings Electronegativity asks a person to review, reviewed, each pinned to the one line it may
 * match. OPEN_EXTERNAL_JS_CHECK flags every openExternal whose argument is not a string literal;
 * the app's only call is in external-links.ts, reached only for https after a confirmation
 * (tests/unit/main/external-links.test.ts). Electronegativity's own way to mark this, an
 * `eng-disable` comment on the call's line, does not survive the bundler, so it is kept here.
 */
const REVIEWED = [{ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', sample: 'await electron.shell.openExternal(href);' }]

const isReviewed = (finding: Finding) =>
  finding.manualReview && REVIEWED.some((reviewed) => reviewed.id === finding.id && reviewed.file === finding.file && reviewed.sample === finding.sample)

const aboveInformational = (report: ScanReport) =>
  report.findings
    .filter((finding) => finding.severity !== 'INFORMATIONAL' && !isReviewed(finding))
    .map((finding) => `${finding.severity} ${finding.id} ${finding.file}:${finding.line} ${finding.description}: ${finding.sample}`)

let workspace: string
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'apec-electronegativity-'))
})
afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true })
})

describe('Electronegativity, offline', () => {
  it('finds nothing above informational in the built desktop app (main, preload, renderer) but the one reviewed openExternal', async () => {
    const app = join(workspace, 'app')
    for (const part of DESKTOP_PARTS) {
      // `npm test` builds before vitest runs; a missing build is a failure, never a pass.
      await cp(join(BUILT, part), join(app, part), { recursive: true })
    }
    const report = await scanOffline(app)
    expect(report.errors).toEqual([])
    expect(report.checks).toBeGreaterThan(30)
    expect(aboveInformational(report)).toEqual([])
    // Each reviewed finding is still there exactly once: a second openExternal would not be.
    expect(report.findings.filter(isReviewed).map((finding) => finding.id)).toEqual(REVIEWED.map((reviewed) => reviewed.id))
  }, 120_000)

  it('flags an insecure window in the same offline run, so a scanner that sees nothing cannot pass', async () => {
    const insecure = join(workspace, 'insecure')
    await cp(join(PROJECT_ROOT, 'tests', 'fixtures', 'insecure-electron-main.js'), join(insecure, 'main.js'))
    const report = await scanOffline(insecure)
    const flagged = new Set(report.findings.filter((finding) => finding.severity !== 'INFORMATIONAL').map((finding) => finding.id))
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'CSP_GLOBAL_CHECK']) {
      expect(flagged, id).toContain(id)
    }
  }, 120_000)

  it('really has no network inside unshare -n', async () => {
    const probe = join(workspace, 'probe.mjs')
    await writeFile(probe, "import { connect } from 'node:net'\nconst socket = connect(443, '1.1.1.1')\nsocket.on('connect', () => { console.log('connected'); process.exit(0) })\nsocket.on('error', (error) => { console.log(error.code); process.exit(0) })\n")
    const { stdout } = await run('unshare', ['-n', process.execPath, probe])
    expect(stdout.trim()).toBe('ENETUNREACH')
  })
})

describe('the Content-Security-Policy written into the built pages', () => {
  const metaPolicy = async (page: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await readFile(join(BUILT, page), 'utf8'))?.[1]

  it('names app://bundle, and nothing else, as the desktop page’s own origin', async () => {
    expect(await metaPolicy('renderer/index.html')).toBe(DESKTOP_META_CONTENT_SECURITY_POLICY)
    expect(DESKTOP_META_CONTENT_SECURITY_POLICY).toContain("script-src app://bundle 'wasm-unsafe-eval'")
    expect(DESKTOP_META_CONTENT_SECURITY_POLICY).not.toContain("'self'")
  })

  it("says 'self' in the web edition, which any static server may host", async () => {
    expect(await metaPolicy('web/index.html')).toBe(WEB_META_CONTENT_SECURITY_POLICY)
  })

  // Chromium ignores frame-ancestors in a meta tag and logs an error on every page load; the
  // servers send it as a header (app-protocol, static-server, nginx.conf, web.config tests).
  it.each(['renderer/index.html', 'web/index.html'])('leaves frame-ancestors out of %s', async (page) => {
    expect(await metaPolicy(page)).toContain("default-src 'none'")
    expect(await metaPolicy(page)).not.toContain('frame-ancestors')
  })
})
