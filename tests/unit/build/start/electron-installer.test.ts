import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureElectron, type EnsureOutcome } from '../../../../build/start/ensure-electron'
import { platformPathFor } from '../../../../build/start/electron-binary-facts'
import { runElectronInstaller, type InstallProgress } from '../../../../build/start/install-runner'
import {
  copyElectronPackage,
  httpMirror,
  refusingMirror,
  silentMirror,
  slowBody,
  stackTraceLines,
  type Mirror,
} from '../../../helpers/electron-install'
import { storedZip } from '../../../helpers/stored-zip'

// Electron's own install.js and @electron/get, for real, against mirrors on 127.0.0.1.
const VERSION = '45.4.1'
const ZIP_NAME = `electron-v${VERSION}-${process.platform}-${process.arch}.zip`
// Limits that never fire in cases that end by themselves (a loaded machine can take seconds to
// start the installer's Node); the cases about the limits set short ones.
const ROOMY = { firstByteMs: 15_000, stallMs: 5_000 }

let mirror: Mirror | null = null
afterEach(async () => {
  await mirror?.close()
  mirror = null
})

async function ensureAgainst(
  caseName: string,
  mirrorUrl: string,
  checksums?: Record<string, string>,
  limits = ROOMY,
) {
  const copy = copyElectronPackage(caseName, checksums)
  const output: string[] = []
  const started = Date.now()
  const outcome: EnsureOutcome = await ensureElectron({
    electronDir: copy.electronDir,
    env: copy.env({ ELECTRON_MIRROR: mirrorUrl }),
    limits,
    tickMs: 100,
    output: { isTTY: false, write: (text) => output.push(text) },
  })
  return { outcome, output: output.join(''), seconds: (Date.now() - started) / 1000, copy }
}

function failureMessage(outcome: EnsureOutcome): string {
  if (outcome.ok) throw new Error('Electron was reported installed')
  return outcome.message
}

function expectWaysOn(message: string): void {
  expect(message).toContain(`Không tải được Electron ${VERSION}, nên chưa mở được ứng dụng`)
  expect(message).toContain('Kết nối Internet một lần rồi chạy lại `npm start`')
  expect(message).toContain('ELECTRON_MIRROR')
  expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH')
  expect(message).toContain('`npm run web`')
  expect(message).toContain('`npm run dist`')
  expect(stackTraceLines(message)).toEqual([])
}

function englishLine(message: string): string {
  return (
    message.split('\n').find((line) => line.startsWith(`Electron ${VERSION} download failed: `)) ??
    ''
  )
}

// Child processes on a machine shared by several test runs: allow a minute, as the user is promised.
describe(
  'Electron install fails fast and says why, with the real installer',
  { timeout: 60_000 },
  () => {
    it('a refused connection', async () => {
      mirror = await refusingMirror()
      const { outcome, seconds, output } = await ensureAgainst('refused', mirror.url)
      const message = failureMessage(outcome)
      expectWaysOn(message)
      expect(message).toContain(`máy chủ ${mirror.host} từ chối kết nối`)
      expect(englishLine(message)).toBe(
        `Electron ${VERSION} download failed: connection refused by ${mirror.host}.`,
      )
      expect(output).toContain(
        'Lần chạy đầu: tải Electron 45.4.1 về máy (khoảng 100 MB, chỉ một lần)',
      )
      expect(seconds).toBeLessThan(20)
    })

    it('a host that does not resolve', async () => {
      // .invalid never resolves (RFC 6761): the DNS failure of a machine without network.
      const { outcome, seconds } = await ensureAgainst('dns', 'http://electron-mirror.invalid/')
      const message = failureMessage(outcome)
      expectWaysOn(message)
      expect(message).toContain('không tìm thấy máy chủ electron-mirror.invalid')
      expect(englishLine(message)).toMatch(
        /^Electron 45\.4\.1 download failed: DNS lookup failed for electron-mirror\.invalid \((ENOTFOUND|EAI_AGAIN)\)\.$/,
      )
      expect(seconds).toBeLessThan(20)
    })

    it('a mirror that serves junk: checksum mismatch, nothing installed', async () => {
      mirror = await httpMirror((_request, response) => response.end(randomBytes(50_000)))
      const { outcome, seconds, copy } = await ensureAgainst('junk', mirror.url)
      const message = failureMessage(outcome)
      expectWaysOn(message)
      expect(message).toContain('không khớp mã kiểm tra SHA-256')
      expect(englishLine(message)).toBe(
        `Electron ${VERSION} download failed: checksum mismatch for ${ZIP_NAME}.`,
      )
      expect(existsSync(join(copy.electronDir, 'path.txt'))).toBe(false)
      expect(seconds).toBeLessThan(20)
    })

    it('a mirror without the file: HTTP 404 and the address asked for', async () => {
      mirror = await httpMirror((_request, response) => {
        response.statusCode = 404
        response.end('not here')
      })
      const message = failureMessage((await ensureAgainst('not-found', mirror.url)).outcome)
      expectWaysOn(message)
      expect(englishLine(message)).toBe(
        `Electron ${VERSION} download failed: HTTP 404 (Not Found) for ${mirror.url}v${VERSION}/${ZIP_NAME}.`,
      )
    })

    it('a server that accepts and never answers: stopped at the first-byte deadline', async () => {
      mirror = await silentMirror()
      const { outcome, seconds } = await ensureAgainst('silent', mirror.url, undefined, {
        firstByteMs: 2000,
        stallMs: 5000,
      })
      const message = failureMessage(outcome)
      expectWaysOn(message)
      expect(message).toContain(`${mirror.host} không trả lời sau 2 giây`)
      expect(englishLine(message)).toBe(
        `Electron ${VERSION} download failed: no answer from ${mirror.host} in 2 s.`,
      )
      expect(seconds).toBeGreaterThanOrEqual(2)
      expect(seconds).toBeLessThan(20)
    })

    it('a download that stops halfway: stopped after the stall limit', async () => {
      mirror = await httpMirror(slowBody(randomBytes(400_000), 8, 50, 3))
      const { outcome, seconds } = await ensureAgainst('stalled', mirror.url, undefined, {
        firstByteMs: 15_000,
        stallMs: 1000,
      })
      const message = failureMessage(outcome)
      expectWaysOn(message)
      expect(englishLine(message)).toBe(
        `Electron ${VERSION} download failed: download stalled: no data from ${mirror.host} for 1 s.`,
      )
      expect(seconds).toBeLessThan(20)
    })
  },
)

// Child processes on a machine shared by several test runs: allow a minute, as the user is promised.
describe('Electron install succeeds through the real installer', { timeout: 60_000 }, () => {
  const platformPath = platformPathFor(process.platform)
  const zip = storedZip([
    {
      name: platformPath,
      data: Buffer.from('#!/bin/sh\necho stand-in for Electron\n'),
      mode: 0o755,
    },
    { name: 'version', data: Buffer.from(VERSION), mode: 0o644 },
    { name: 'padding.bin', data: randomBytes(600_000), mode: 0o644 },
  ])
  const checksums = { [ZIP_NAME]: createHash('sha256').update(zip).digest('hex') }

  it('shows the download growing, never stops a slow one that keeps moving, and leaves a runnable binary', async () => {
    // 16 pieces 250 ms apart: 4 s in all, more than twice the 1.5 s stall limit, no piece late.
    mirror = await httpMirror(slowBody(zip, 16, 250))
    const copy = copyElectronPackage('slow-success', checksums)
    const progress: InstallProgress[] = []
    const outcome = await runElectronInstaller({
      electronDir: copy.electronDir,
      env: copy.env({ ELECTRON_MIRROR: mirror.url }),
      limits: { firstByteMs: 15_000, stallMs: 1500 },
      tickMs: 100,
      onProgress: (step) => progress.push(step),
    })
    expect(outcome).toEqual({ ok: true })
    const sizes = progress.filter((step) => step.phase === 'downloading').map((step) => step.bytes)
    expect(sizes.length).toBeGreaterThanOrEqual(4)
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b))
    expect(sizes.at(-1)).toBeLessThanOrEqual(zip.length)
    expect(readFileSync(join(copy.electronDir, 'path.txt'), 'utf8')).toBe(platformPath)
    expect(readFileSync(join(copy.electronDir, 'dist', platformPath), 'utf8')).toContain(
      'stand-in for Electron',
    )
  })

  it('npm start’s check: downloads, says so in Vietnamese, and answers with the binary; the next run uses it at once', async () => {
    let requests = 0
    const serve = slowBody(zip, 6, 150)
    mirror = await httpMirror((request, response) => {
      requests++
      serve(request, response)
    })
    const first = await ensureAgainst('success', mirror.url, checksums)
    expect(first.outcome).toEqual({
      ok: true,
      executablePath: join(first.copy.electronDir, 'dist', platformPath),
    })
    expect(first.output).toMatch(/Đang tải Electron 45\.4\.1: \d+,\d MB\.\.\./)
    expect(first.output).toContain('Đã cài Electron 45.4.1.')
    expect(requests).toBe(1)

    const quiet = {
      isTTY: false,
      write: (text: string) => expect.fail(`said on a second start: ${text}`),
    }
    const env = first.copy.env({ ELECTRON_MIRROR: mirror.url })
    const options = { electronDir: first.copy.electronDir, env, limits: ROOMY, tickMs: 100 }
    expect(await ensureElectron({ ...options, output: quiet })).toEqual(first.outcome)

    // node_modules deleted and installed again: unpacked from the cache, nothing downloaded.
    rmSync(join(first.copy.electronDir, 'dist'), { recursive: true })
    rmSync(join(first.copy.electronDir, 'path.txt'))
    const output: string[] = []
    const fromCache = await ensureElectron({
      ...options,
      output: { isTTY: false, write: (text) => output.push(text) },
    })
    expect(fromCache).toEqual(first.outcome)
    expect(output.join('')).toContain('Đã cài Electron 45.4.1.')
    expect(requests).toBe(1)
  })
})
