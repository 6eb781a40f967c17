import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

function runCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, {
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

function npmStart(args: readonly string[], env: Record<string, string | undefined>): Promise<Run> {
  return runCommand('npm', ['start', '--', ...args], env)
}

// Child processes on a machine shared by several test runs: allow a minute, as the user is promised.
describe('npm start on a machine that cannot get Electron', { timeout: 60_000 }, () => {
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
    // The launcher's Node reports 18.19.0 (Debian 12's). It is started the way the start script
    // starts it, without npm: npm 11 on a pretended Node 18 is no machine anyone has.
    const folder = join(PROJECT_ROOT, 'tests', '.artifacts', 'old-node')
    mkdirSync(folder, { recursive: true })
    const preload = join(folder, 'pretend-node-18.mjs')
    writeFileSync(
      preload,
      "Object.defineProperty(process.versions, 'node', { value: '18.19.0' })\n",
    )
    const copy = copyElectronPackage('npm-start-old-node')
    const run = await runCommand(
      process.execPath,
      [
        `--import=${pathToFileURL(preload).href}`,
        'build/start/start.mjs',
        'preview',
        '--electron-dir',
        copy.electronDir,
      ],
      copy.env({}),
    )
    expect(run.code).not.toBe(0)
    expect(run.stderr).toBe(
      [
        'Máy này đang chạy Node.js 18.19.0, quá cũ để chạy Bách khoa APEC: cần Node.js 20.19 trở lên.',
        'Hãy cài bản LTS hiện hành của Node.js (https://nodejs.org), rồi chạy lại `npm install && npm start`.',
        'Node.js 18.19.0 is too old: Bách khoa APEC needs Node.js 20.19 or later.',
        '',
      ].join('\n'),
    )
    expect(run.stdout).toBe('')
  })

  it('started before npm install: told to run it, in one sentence', async () => {
    // The launcher alone in a folder with no node_modules above it, as a fresh clone before install.
    const folder = mkdtempSync(join(tmpdir(), 'apec-no-modules-'))
    copyFileSync(join(PROJECT_ROOT, 'build', 'start', 'start.mjs'), join(folder, 'start.mjs'))
    const run = await runCommand(
      process.execPath,
      [join(folder, 'start.mjs'), 'preview'],
      process.env,
    )
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('Chưa cài các gói của dự án: chạy `npm install` rồi `npm start`.')
    expect(stackTraceLines(run.stderr)).toEqual([])
  })
})
