import { execFileSync } from 'node:child_process'
import { mkdtemp, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_PACK_BYTES } from '../../../data/core/pack-file-check'
import { ERROR_MESSAGES_VI } from '../../../data/core/error-messages'
import { catalogCli, STACK_FRAME, type CliRun } from '../../helpers/catalog-cli'

/**
 * `--pack` pointing at something that is not a pack: each run must end by itself (a FIFO once hung
 * forever, /dev/zero grew to 13.8 GB) with exit 3 and the Vietnamese message, never a stack trace.
 */
type Fixture = 'devZero' | 'fifo' | 'directory' | 'oversized' | 'notSqlite'

let runs: Record<Fixture, Promise<CliRun>>
let stdinRuns: Record<'missing' | 'notSqlite', Promise<CliRun>>

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'apec-cli-bad-pack-'))
  const fifo = join(dir, 'ong-dan.sqlite')
  execFileSync('mkfifo', [fifo])
  const oversized = join(dir, 'khong-lo.sqlite')
  await writeFile(oversized, '')
  await truncate(oversized, MAX_PACK_BYTES + 1) // sparse: no disk space used
  const notSqlite = join(dir, 'ghi-chu.sqlite')
  await writeFile(notSqlite, 'Ghi chú cuộc họp, không phải gói dữ liệu.\n'.repeat(100))
  const pack: Record<Fixture, string> = { devZero: '/dev/zero', fifo, directory: dir, oversized, notSqlite }
  // Killed after 60 s: far longer than a refusal takes on a loaded machine, far shorter than a hang.
  const stats = (path: string) => catalogCli(['stats', '--pack', path], { killAfterMs: 60_000 })
  runs = {
    devZero: stats(pack.devZero),
    fifo: stats(pack.fifo),
    directory: stats(pack.directory),
    oversized: stats(pack.oversized),
    notSqlite: stats(pack.notSqlite),
  }
  // stdin stays open and empty: a CLI that waits for input before judging the pack never ends.
  const searchLines = (path: string) =>
    catalogCli(['search', '--stdin', '--json', '--pack', path], { stdin: 'held-open', killAfterMs: 60_000 })
  stdinRuns = { missing: searchLines(join(dir, 'khong-co.sqlite')), notSqlite: searchLines(notSqlite) }
  await Promise.all([...Object.values(runs), ...Object.values(stdinRuns)])
}, 150_000)

describe('catalog --pack refuses what is not a pack file, as the desktop does', () => {
  it.each([
    ['/dev/zero', 'devZero', ERROR_MESSAGES_VI['pack-not-file'].title, /not a regular file/],
    ['a FIFO with no writer', 'fifo', ERROR_MESSAGES_VI['pack-not-file'].title, /not a regular file/],
    ['a directory', 'directory', ERROR_MESSAGES_VI['pack-not-file'].title, /a directory/],
    ['a sparse file just over 1 GiB', 'oversized', ERROR_MESSAGES_VI['pack-too-large'].title, /more than the 1073741824 bytes/],
    ['a text file', 'notSqlite', ERROR_MESSAGES_VI['pack-not-sqlite'].title, /SQLite header/],
  ] as const)('exits 3 for %s with a Vietnamese message and no stack trace', async (_name, fixture, title, detail) => {
    const run = await runs[fixture]
    expect(run.status).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(title)
    expect(run.stderr).toMatch(detail)
    expect(run.stderr).not.toMatch(STACK_FRAME)
  })
})

describe('search --stdin with an unusable pack', () => {
  it.each([
    ['a missing pack', 'missing', ERROR_MESSAGES_VI['pack-missing'].title],
    ['a text file as pack', 'notSqlite', ERROR_MESSAGES_VI['pack-not-sqlite'].title],
  ] as const)('exits 3 for %s before reading any input, and answers no line', async (_name, fixture, title) => {
    const run = await stdinRuns[fixture]
    expect(run.status).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(title)
    expect(run.stderr).not.toMatch(STACK_FRAME)
  })
})
