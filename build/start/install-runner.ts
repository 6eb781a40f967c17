import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  observeDownload,
  startWatch,
  type DownloadLimits,
  type DownloadState,
  type DownloadTimeout,
} from './download-watch'
import { classifyInstallFailure, type InstallFailure } from './install-failure'

/**
 * Runs Electron's own installer, `node node_modules/electron/install.js`, as a child process, so
 * everything Electron documents for it applies unchanged: ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR,
 * electron_config_cache, proxies via ELECTRON_GET_USE_PROXY, .npmrc's electron_mirror.
 *
 * Its own progress bar appears only after 30 s and only on a terminal, so the child gets a private
 * temporary folder (TMPDIR, TEMP, TMP) that we look into every tick: its largest file is the partial
 * download.
 */

export interface InstallProgress {
  phase: 'waiting' | 'downloading' | 'finishing'
  bytes: number
}

export interface InstallOptions {
  electronDir: string
  env: Record<string, string | undefined>
  limits: DownloadLimits
  tickMs: number
  onProgress: (progress: InstallProgress) => void
}

export type InstallOutcome = { ok: true } | { ok: false; failure: InstallFailure }

const NETWORK_REPORTER = pathToFileURL(
  fileURLToPath(new URL('./network-reporter.mjs', import.meta.url)),
).href
/** Enough stderr to hold a stack trace and the network events; a runaway child cannot fill memory. */
const STDERR_LIMIT = 256 * 1024

/**
 * The largest file under the folder: the partial zip. (The checksum step writes a small
 * SHASUMS256.txt there too, which is not download progress.)
 */
function largestFileBytes(folder: string): number {
  let largest = 0
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return 0
  }
  for (const name of names) {
    const path = join(folder, name)
    try {
      const stats = statSync(path)
      largest = Math.max(largest, stats.isDirectory() ? largestFileBytes(path) : stats.size)
    } catch {
      // The installer moves and removes its files while we look: a vanished file counts as none.
    }
  }
  return largest
}

export function runElectronInstaller(options: InstallOptions): Promise<InstallOutcome> {
  const watchedTemp = mkdtempSync(join(tmpdir(), 'bach-khoa-apec-electron-'))
  const child = spawn(
    process.execPath,
    ['--import', NETWORK_REPORTER, join(options.electronDir, 'install.js')],
    {
      cwd: options.electronDir,
      env: {
        ...options.env,
        TMPDIR: watchedTemp,
        TEMP: watchedTemp,
        TMP: watchedTemp,
        // We show progress ourselves; its bar would draw over our line after 30 s.
        ELECTRON_GET_NO_PROGRESS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    },
  )

  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += chunk
  })
  // install.js prints nothing useful on stdout; drain it so the child never blocks on a full pipe.
  child.stdout.resume()

  let state: DownloadState = startWatch(Date.now())
  let timeout: DownloadTimeout | null = null
  let lastReported = ''
  const distDir = join(options.electronDir, 'dist')
  // A dist/ left over from before would look like extraction and switch the limits off.
  const distExistedBefore = existsSync(distDir)
  const tick = setInterval(() => {
    const extracting = !distExistedBefore && existsSync(distDir)
    const seen = { now: Date.now(), bytes: largestFileBytes(watchedTemp), extracting }
    const next = observeDownload(state, seen, options.limits)
    state = next.state
    if (next.timeout && !timeout) {
      timeout = next.timeout
      child.kill()
      return
    }
    const progress: InstallProgress = {
      phase: state.phase,
      bytes: state.phase === 'waiting' ? 0 : state.bytes,
    }
    const key = `${progress.phase}:${progress.bytes}`
    if (key !== lastReported) {
      lastReported = key
      options.onProgress(progress)
    }
  }, options.tickMs)

  // Ctrl+C while downloading: stop the installer and remove its partial zip (up to ~100 MB in the
  // temporary folder), then die of the same signal as the user asked.
  const onSignal = (signal: NodeJS.Signals): void => {
    child.kill(signal)
    rmSync(watchedTemp, { recursive: true, force: true })
    process.kill(process.pid, signal)
  }
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']
  for (const signal of signals) process.once(signal, onSignal)

  return new Promise((resolve) => {
    let finished = false
    const finish = (exitCode: number | null, signal: string | null, spawnError?: Error): void => {
      if (finished) return
      finished = true
      clearInterval(tick)
      for (const signal of signals) process.off(signal, onSignal)
      rmSync(watchedTemp, { recursive: true, force: true })
      if (spawnError) {
        resolve({ ok: false, failure: { kind: 'installer', detail: spawnError.message } })
      } else if (exitCode === 0 && !timeout) {
        resolve({ ok: true })
      } else {
        resolve({
          ok: false,
          failure: classifyInstallFailure({ stderr, timeout, exitCode, signal }),
        })
      }
    }
    child.once('error', (error) => finish(null, null, error))
    child.once('close', (code, signal) => finish(code, signal))
  })
}
