import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/** Child processes for the bench: timed, their peak memory read by GNU time, their RSS from /proc. */

const GNU_TIME = '/usr/bin/time'

/** Debian packages the bench compares against, installed when missing (the bench only, never npm test). */
export function ensureAptPackages(packages: Record<string, string>): void {
  const missing = Object.entries(packages)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name)
  if (!existsSync(GNU_TIME)) missing.push('time')
  if (missing.length === 0) return
  process.stderr.write(`… apt-get install ${missing.join(' ')}\n`)
  const asRoot = process.getuid?.() === 0
  const run = (args: string[]) => execFileSync(asRoot ? (args[0] ?? '') : 'sudo', asRoot ? args.slice(1) : args, { stdio: 'inherit' })
  run(['apt-get', 'update'])
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing])
}

/**
 * Writes out what the corpus files and the two builds left dirty in the page cache (about 1 GB at
 * 126 000 documents), so the kernel's write-back does not take CPU from the timings that follow.
 */
export function flushWrites(): void {
  spawnSync('sync')
}

export interface TimedRun {
  wallMs: number
  /** Peak resident memory of the process, as GNU time reports it. */
  peakMB: number
  /** User + system CPU time: what the run cost, whatever else the machine was doing. */
  cpuMs: number
  stdout: string
  stderr: string
  status: number | null
}

/** Runs a command under GNU time: wall time from the spawn to the exit, and peak RSS. */
export function timedRun(command: string, args: readonly string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): TimedRun {
  const started = performance.now()
  const run = spawnSync(GNU_TIME, ['-f', '@@peak %M %U %S', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const wallMs = performance.now() - started
  const peak = /@@peak (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr)
  return {
    wallMs,
    peakMB: peak ? Math.round(Number(peak[1]) / 1024) : Number.NaN,
    cpuMs: peak ? (Number(peak[2]) + Number(peak[3])) * 1000 : Number.NaN,
    stdout: run.stdout,
    stderr: run.stderr.replace(/@@peak .*\n?/, ''),
    status: run.status,
  }
}

/** Wall time from spawn to exit, without GNU time in between (what a user waits for). */
export function wallRun(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): { wallMs: number; stdout: string; status: number | null } {
  const started = performance.now()
  const run = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 28 })
  return { wallMs: performance.now() - started, stdout: run.stdout, status: run.status }
}

/** The resident memory of a running process now, and its peak so far (VmRSS, VmHWM), in MB. */
export function processMemory(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kB = (line: RegExpExecArray | null) => Math.round(Number(line?.[1] ?? Number.NaN) / 1024)
  return { rssMB: kB(/^VmRSS:\s+(\d+)/m.exec(status)), peakMB: kB(/^VmHWM:\s+(\d+)/m.exec(status)) }
}

/** A long-running server child; `stop` ends it (by its own pid) and waits. */
export function startServer(command: string, args: readonly string[]) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()))
  return {
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}
