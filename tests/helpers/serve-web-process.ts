import { spawn, type ChildProcess } from 'node:child_process'
import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'

export interface ServeWebRun {
  /** The server process itself (no npm or tsx wrapper in between), to measure or signal it. */
  child: ChildProcess
  /** Resolves with the origin once the server says it listens; rejects if it exits first. */
  listening: Promise<string>
  /** Resolves when the process ends, with what it printed. */
  exited: Promise<{ status: number | null; stdout: string; stderr: string }>
  stop(): Promise<void>
}

/** `npm run web -- ARGS` without npm: the same script under tsx, from the project root, on a free port. */
export function startServeWeb(args: string[]): ServeWebRun {
  const child = spawn(process.execPath, ['--import', 'tsx', join('build', 'web', 'serve-web.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_OPTIONS: '', PORT: '0' },
  })
  let stdout = ''
  let stderr = ''
  const exited = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const origin = /đang chạy tại (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)?.[1]
      if (origin !== undefined) resolve(origin)
    })
    void exited.then(({ status }) => reject(new Error(`serve-web exited with ${status} before listening: ${stderr}`)))
  })
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  // A test that looks only at `exited` must not fail on the listening promise it ignored.
  listening.catch(() => {})
  return {
    child,
    listening,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

/** A small SQLite database that is not the shipped pack: the server checks the header, not the content. */
export async function otherSqliteFile(directory: string, name = 'goi-cua-toi.sqlite'): Promise<{ path: string; bytes: Uint8Array }> {
  const SQL = await loadSqlJs()
  const db = new SQL.Database()
  db.run("CREATE TABLE marker (note TEXT); INSERT INTO marker VALUES ('gói thử của văn phòng')")
  const bytes = db.export()
  db.close()
  const path = join(directory, name)
  await writeFile(path, bytes)
  return { path, bytes }
}

/**
 * A SQLite file of `size` bytes that takes no disk: a real header that declares size / page
 * size pages, then a hole. Readers get zeros for the hole, as they would get pages of a real pack.
 */
export async function sparseSqliteFile(directory: string, size: number, name = 'goi-lon.sqlite'): Promise<string> {
  const { bytes } = await otherSqliteFile(directory, `${name}.seed`)
  const header = bytes.slice(0, 100)
  const view = new DataView(header.buffer)
  const pageSize = view.getUint16(16)
  if (size % pageSize !== 0) throw new Error(`${size} is not a whole number of ${pageSize}-byte pages`)
  view.setUint32(28, size / pageSize)
  const path = join(directory, name)
  const file = await open(path, 'w')
  try {
    await file.write(header, 0, header.length, 0)
    await file.truncate(size)
  } finally {
    await file.close()
  }
  return path
}
