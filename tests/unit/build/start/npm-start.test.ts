import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../../../data/pipeline/project-paths'
import {
  copyElectronPackage,
  refusingMirror,
  stackTraceLines,
  type Mirror,
} from '../../../helpers/electron-install'
import { electronReleaseFixture } from '../../../helpers/electron-package-fixture'

// README's first command, run for real: `npm start`, on a machine that cannot download Electron.
// `--electron-dir` points the launcher at a copy of node_modules/electron, so a developer's real,
// working Electron is neither used (the app would open) nor touched.

let mirror: Mirror | null = null
afterEach(async () => {
  await mirror?.close()
  mirror = null
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
  seconds: number
}

function npmStart(args: readonly string[], env: Record<string, string | undefined>): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['start', '--', ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('close', (code) =>
      resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 }),
    )
  })
}

describe('npm start on a machine that cannot get Electron', () => {
  it('stops within seconds, before any build, with the Vietnamese message, the three ways on and one English line', async () => {
    mirror = await refusingMirror()
    const copy = copyElectronPackage('npm-start')
    const run = await npmStart(
      ['--electron-dir', copy.electronDir],
      copy.env({ ELECTRON_MIRROR: mirror.url }),
    )
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('Không tải được Electron 45.4.1, nên chưa mở được ứng dụng')
    expect(run.stderr).toContain('Kết nối Internet một lần rồi chạy lại `npm start`')
    expect(run.stderr).toContain('ELECTRON_MIRROR')
    expect(run.stderr).toContain('`npm run web`')
    expect(run.stderr).toContain(
      `Electron 45.4.1 download failed: connection refused by ${mirror.host}.`,
    )
    expect(stackTraceLines(run.stdout + run.stderr)).toEqual([])
    // The data build (which prints "Đã ghi data/out/...") and the desktop build come after Electron.
    expect(run.stdout).not.toContain('data/out')
    expect(run.seconds).toBeLessThan(30)
  })

  it('a wrong ELECTRON_OVERRIDE_DIST_PATH is named, and nothing is downloaded', async () => {
    const copy = copyElectronPackage('npm-start-override')
    const release = electronReleaseFixture({ version: '45.4.1' })
    const run = await npmStart(
      ['--electron-dir', copy.electronDir],
      copy.env({ ELECTRON_OVERRIDE_DIST_PATH: release }),
    )
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH=${release} không dùng được`)
    expect(run.stdout).not.toContain('Lần chạy đầu')
    expect(stackTraceLines(run.stdout + run.stderr)).toEqual([])
  })

  it('a Node.js older than 20.19 is told so in Vietnamese before anything else', async () => {
    // Every Node in the run (npm's and the launcher's) reports 18.19.0, Debian 12's Node.
    const folder = join(PROJECT_ROOT, 'tests', '.artifacts', 'old-node')
    mkdirSync(folder, { recursive: true })
    const preload = join(folder, 'pretend-node-18.mjs')
    writeFileSync(
      preload,
      "Object.defineProperty(process.versions, 'node', { value: '18.19.0' })\n",
    )
    const copy = copyElectronPackage('npm-start-old-node')
    const run = await npmStart(
      ['--electron-dir', copy.electronDir],
      copy.env({ NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` }),
    )
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain(
      'Máy này đang chạy Node.js 18.19.0, quá cũ để chạy Bách khoa APEC: cần Node.js 20.19 trở lên.',
    )
    expect(run.stderr).toContain(
      'Node.js 18.19.0 is too old: Bách khoa APEC needs Node.js 20.19 or later.',
    )
    expect(run.stdout).not.toContain('Lần chạy đầu')
  })
})
