import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../../../data/pipeline/project-paths'
import { rawRequest } from '../../../helpers/raw-http'
import { otherSqliteFile, sparseSqliteFile, startServeWeb } from '../../../helpers/serve-web-process'

/**
 * `npm run web -- --pack FILE`: the pack is checked as the desktop app checks a chosen pack
 * before anything is served, and a pack given either way (`--pack FILE`, `--pack=FILE`) is the
 * one served. Each case is the real script in a process of its own.
 */
let directory: string
let pack: { path: string; bytes: Uint8Array }

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'apec-serve-web-'))
  pack = await otherSqliteFile(directory)
})

afterAll(async () => {
  await rm(directory, { recursive: true, force: true })
})

async function refusal(args: string[]) {
  const run = startServeWeb(args)
  const result = await Promise.race([
    run.exited,
    run.listening.then(async () => {
      await run.stop()
      return { status: 'served' as const, stdout: '', stderr: '' }
    }),
  ])
  return result
}

describe('npm run web refuses a pack it cannot serve, in Vietnamese, before serving anything', () => {
  it.each([
    ['a folder', async () => directory, 'là một thư mục'],
    ['a FIFO', async () => {
      const fifo = join(directory, 'goi.fifo')
      execFileSync('mkfifo', [fifo])
      return fifo
    }, 'không phải một tệp thông thường'],
    ['/dev/zero', async () => '/dev/zero', 'không phải một tệp thông thường'],
    ['a missing file', async () => join(directory, 'khong-co.sqlite'), 'Không tìm thấy tệp gói dữ liệu'],
    ['a text file', async () => {
      const text = join(directory, 'ghi-chu.sqlite')
      await writeFile(text, 'Đây không phải gói dữ liệu.\n'.repeat(20))
      return text
    }, 'Tệp không phải gói dữ liệu'],
    ['an empty file', async () => {
      const empty = join(directory, 'rong.sqlite')
      await writeFile(empty, '')
      return empty
    }, 'Gói dữ liệu rỗng'],
    ['a cut-off pack', async () => {
      const cut = join(directory, 'cat-cut.sqlite')
      await writeFile(cut, pack.bytes.subarray(0, pack.bytes.length - 1000))
      return cut
    }, 'Gói dữ liệu bị thiếu phần cuối'],
    ['a pack over 1 GiB', async () => {
      const huge = join(directory, 'qua-lon')
      await mkdir(huge, { recursive: true })
      return sparseSqliteFile(huge, 1024 ** 3 + 4096)
    }, 'Gói dữ liệu quá lớn'],
  ])('refuses %s with exit status 3', async (_name, makeFile, message) => {
    const file = await makeFile()
    for (const args of [['--pack', file], [`--pack=${file}`]]) {
      const result = await refusal(args)
      expect(result.status, args.join(' ')).toBe(3)
      expect(result.stderr).toContain(message)
      expect(result.stderr).toContain(file)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it.each([
    [['--pack'], 'Thiếu đường dẫn tệp gói dữ liệu sau --pack'],
    [['--pack='], 'Thiếu đường dẫn tệp gói dữ liệu sau --pack'],
    [['--pak', 'x.sqlite'], 'Không hiểu tham số “--pak”'],
    [['--pack', 'a.sqlite', '--pack', 'b.sqlite'], 'Chỉ phục vụ được một gói dữ liệu'],
  ])('refuses the command line %j with exit status 2 and the usage', async (args, message) => {
    const result = await refusal(args)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Cách dùng: npm run web')
  })
})

describe('npm run web serves the pack it was given', () => {
  it.each([
    ['--pack FILE', () => ['--pack', pack.path]],
    ['--pack=FILE', () => [`--pack=${pack.path}`]],
  ])('serves FILE, not the shipped pack, for %s, and survives a request that is no URL', async (_name, args) => {
    const shipped = await readFile(join(PROJECT_ROOT, 'out', 'web', 'pack', 'encyclopedia.sqlite'))
    expect(Buffer.from(pack.bytes).equals(shipped)).toBe(false)
    const run = startServeWeb(args())
    try {
      const origin = await run.listening
      const served = await rawRequest(origin, '/pack/encyclopedia.sqlite')
      expect(served.status).toBe(200)
      expect(served.body.equals(Buffer.from(pack.bytes))).toBe(true)
      expect((await rawRequest(origin, '//[')).status).toBe(400)
      expect(run.child.exitCode).toBe(null)
      expect((await rawRequest(origin, '/')).status).toBe(200)
    } finally {
      await run.stop()
    }
  })
})
