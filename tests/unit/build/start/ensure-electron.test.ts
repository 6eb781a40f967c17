import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureElectron } from '../../../../build/start/ensure-electron'
import {
  copyElectronPackage,
  refusingMirror,
  stackTraceLines,
  type Mirror,
} from '../../../helpers/electron-install'
import {
  electronReleaseFixture,
  PLATFORM_PATH,
  RUNNABLE,
} from '../../../helpers/electron-package-fixture'

// What `npm start` does before building, for each state of node_modules/electron and the
// environment. A refusing mirror makes any download attempt fail at once and visibly.
// Roomy: a loaded machine can take seconds to start the installer; the refusal itself is instant.
const LIMITS = { firstByteMs: 15_000, stallMs: 5_000 }

let mirror: Mirror | null = null
afterEach(async () => {
  await mirror?.close()
  mirror = null
})

async function ensure(
  caseName: string,
  extraEnv: (mirrorUrl: string) => Record<string, string>,
  prepare?: (electronDir: string) => void,
) {
  mirror = await refusingMirror()
  const copy = copyElectronPackage(caseName)
  prepare?.(copy.electronDir)
  const output: string[] = []
  const outcome = await ensureElectron({
    electronDir: copy.electronDir,
    env: copy.env(extraEnv(mirror.url)),
    limits: LIMITS,
    tickMs: 100,
    output: { isTTY: false, write: (text) => output.push(text) },
  })
  return { outcome, output: output.join(''), electronDir: copy.electronDir }
}

function install(electronDir: string, binary: { content: string; mode: number }): void {
  mkdirSync(join(electronDir, 'dist'))
  writeFileSync(join(electronDir, 'path.txt'), PLATFORM_PATH)
  writeFileSync(join(electronDir, 'dist', 'version'), '45.4.1')
  writeFileSync(join(electronDir, 'dist', PLATFORM_PATH), binary.content)
  chmodSync(join(electronDir, 'dist', PLATFORM_PATH), binary.mode)
}

describe('npm start makes sure Electron is there first', () => {
  it('an installed Electron is used as it is, silently, without the network', async () => {
    const { outcome, output, electronDir } = await ensure(
      'installed',
      (url) => ({ ELECTRON_MIRROR: url }),
      (dir) => install(dir, RUNNABLE),
    )
    expect(outcome).toEqual({ ok: true, executablePath: join(electronDir, 'dist', PLATFORM_PATH) })
    expect(output).toBe('')
  })

  it('ELECTRON_OVERRIDE_DIST_PATH with Electron in it: used, nothing downloaded, and said so', async () => {
    const release = electronReleaseFixture({ version: '45.4.1', binary: RUNNABLE })
    const { outcome, output } = await ensure('override', (url) => ({
      ELECTRON_MIRROR: url,
      ELECTRON_OVERRIDE_DIST_PATH: release,
    }))
    expect(outcome).toEqual({ ok: true, executablePath: join(release, PLATFORM_PATH) })
    expect(output).toBe(
      `Dùng Electron theo ELECTRON_OVERRIDE_DIST_PATH: ${join(release, PLATFORM_PATH)}\n`,
    )
  })

  it('ELECTRON_OVERRIDE_DIST_PATH without Electron in it: a clear refusal, no download over the user’s choice', async () => {
    const release = electronReleaseFixture({ version: '45.4.1' })
    const { outcome, output } = await ensure('override-empty', (url) => ({
      ELECTRON_MIRROR: url,
      ELECTRON_OVERRIDE_DIST_PATH: release,
    }))
    expect(output).toBe('')
    expect(outcome.ok).toBe(false)
    const message = outcome.ok ? '' : outcome.message
    expect(message).toContain(`ELECTRON_OVERRIDE_DIST_PATH=${release} không dùng được`)
    expect(message).toContain('không có tệp chạy Electron ở đó')
    expect(message.split('\n').at(-1)).toBe(
      `ELECTRON_OVERRIDE_DIST_PATH unusable: ${join(release, PLATFORM_PATH)}: no Electron executable there.`,
    )
    expect(stackTraceLines(message)).toEqual([])
  })

  it('a broken install (zero-byte binary) is removed and fetched again, and the user is told which', async () => {
    const { outcome, output, electronDir } = await ensure(
      'broken',
      (url) => ({ ELECTRON_MIRROR: url }),
      (dir) => install(dir, { content: '', mode: 0o755 }),
    )
    expect(output).toContain(
      'Bản Electron trong node_modules/electron không dùng được (tệp chạy rỗng, 0 byte): cài lại Electron 45.4.1...',
    )
    // The refusing mirror proves the installer really ran: install.js alone would call a zero-byte file installed.
    expect(outcome.ok ? '' : outcome.message).toContain('connection refused by')
    expect(existsSync(join(electronDir, 'dist', PLATFORM_PATH))).toBe(false)
  })
})
