import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

export interface CliRun {
  /** null when the run had to be killed: it did not end by itself. */
  status: number | null
  /** The process id the run had, e.g. to find files named after it. */
  pid: number | undefined
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** Text written to stdin, then closed; `'held-open'` writes nothing and never closes it. */
  stdin?: string | 'held-open'
  /**
   * A hang guard, not a timing check: the run is killed after this long so a test that would
   * wait forever fails with status null instead.
   */
  killAfterMs?: number
  /** Called once the process has started, e.g. to kill it at a chosen moment. */
  started?: (child: ChildProcess) => void
}

/** A stack frame line as Node prints them: what a user must never see. */
export const STACK_FRAME = /^\s+at .+[(:]\d+/m

/** `npm run -s catalog -- ...` without npm: the same script under tsx, from the project root. */
export function catalogCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('data', 'pipeline', 'catalog-cli.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    const guard = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    // A CLI that exits before reading its input closes the pipe: that is not the test's error.
    child.stdin.on('error', () => undefined)
    if (options.stdin !== 'held-open') child.stdin.end(options.stdin ?? '')
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(guard)
      resolve({ status, pid: child.pid, stdout, stderr })
    })
    options.started?.(child)
  })
}
