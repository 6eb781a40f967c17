import { execFileSync, spawnSync } from 'node:child_process'
import { watch } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCatalog } from '../../../data/core/open-catalog'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'
import { catalogCli, STACK_FRAME, type CliRun } from '../../helpers/catalog-cli'

const GOOD = 'Hội nghị APEC\n\nNăm 2017, Việt Nam đăng cai Tuần lễ Cấp cao APEC tại Đà Nẵng.\n'
/** A hang guard: a FIFO read as a file never ends, and a killed run has status null. */
const KILL_AFTER_MS = 60_000

let work: string
let docs: string
let runs: Record<
  'mixed' | 'outDirectory' | 'outFifo' | 'outUnderAFile' | 'outIsInput' | 'outInSubfolder' | 'outIsLinkedInput',
  Promise<CliRun>
>

const build = (from: string, out: string, ...extra: string[]) =>
  catalogCli(['build-pack', '--from', from, '--out', out, ...extra], { killAfterMs: KILL_AFTER_MS })

async function sourceIds(pack: string): Promise<string[]> {
  const SQL = await loadSqlJs()
  const opened = openCatalog(new Uint8Array(await readFile(pack)), (data) => new SQL.Database(data))
  if (!opened.ok) throw new Error(opened.error.message)
  return opened.value.listSources().map((source) => source.id)
}

async function hiddenTemporaries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'))
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'apec-build-pack-bad-'))
  docs = join(work, 'docs')
  await mkdir(docs)
  await writeFile(join(docs, 'apec-2017.txt'), GOOD)
  await mkdir(join(docs, 'thu-muc.txt'))
  await symlink('vong-lap.md', join(docs, 'vong-lap.md'))
  await symlink(join(work, 'khong-con.txt'), join(docs, 'lien-ket-hong.txt'))
  execFileSync('mkfifo', [join(docs, 'ong-dan.txt')])
  await writeFile(join(docs, 'anh.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
  // "Hội nghị" in Windows-1258 bytes, as an old editor saves it: not UTF-8.
  await writeFile(join(docs, 'cu.txt'), new Uint8Array([0x48, 0xd2, 0x69, 0x20, 0x6e, 0x67, 0x68, 0xf2, 0x0a]))
  const outside = join(work, 'ngoai.txt')
  await writeFile(outside, 'Tài liệu ở ngoài\n\nNội dung của tài liệu ở ngoài thư mục.\n')
  const linkedDocs = join(work, 'linked-docs')
  await mkdir(linkedDocs)
  await writeFile(join(linkedDocs, 'apec-2017.txt'), GOOD)
  await symlink(outside, join(linkedDocs, 'ngoai.txt'))
  await mkdir(join(work, 'out-dir'))
  execFileSync('mkfifo', [join(work, 'out-fifo.sqlite')])
  runs = {
    mixed: build(docs, join(work, 'goi.sqlite'), '--json'),
    outDirectory: build(linkedDocs, join(work, 'out-dir')),
    outFifo: build(linkedDocs, join(work, 'out-fifo.sqlite')),
    // A file where the pack's folder should be: the write itself fails.
    outUnderAFile: build(linkedDocs, join(work, 'ngoai.txt', 'goi.sqlite')),
    outIsInput: build(linkedDocs, join(linkedDocs, 'apec-2017.txt')),
    outInSubfolder: build(linkedDocs, join(linkedDocs, 'ban-dung', 'goi.sqlite')),
    outIsLinkedInput: build(linkedDocs, outside),
  }
  await Promise.all(Object.values(runs))
}, 180_000)

describe('build-pack skips what is not UTF-8 text, one warning per file', () => {
  const skipped: [string, RegExp][] = [
    ['thu-muc.txt', /là một thư mục/],
    ['vong-lap.md', /vòng lặp/],
    ['lien-ket-hong.txt', /không còn/],
    ['ong-dan.txt', /ống dẫn/],
    ['anh.txt', /nhị phân.*byte 0 ở vị trí 8/],
    ['cu.txt', /không phải văn bản UTF-8.*dòng 1/],
  ]

  it('builds the pack from the one good file and counts the six it left out', async () => {
    const run = await runs.mixed
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ sources: 1, skipped: skipped.length })
    expect(await sourceIds(join(work, 'goi.sqlite'))).toEqual(['apec-2017'])
    expect(run.stderr).not.toMatch(STACK_FRAME)
  })

  it.each(skipped)('warns about %s with its reason', async (name, reason) => {
    const line = (await runs.mixed).stderr.split('\n').find((text) => text.includes(`Bỏ qua "${name}"`))
    expect(line).toMatch(reason)
  })
})

describe('build-pack refuses an --out that would replace a folder or a document', () => {
  it('refuses a directory as --out, in Vietnamese, and leaves no temp file in it', async () => {
    const run = await runs.outDirectory
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`--out "${join(work, 'out-dir')}" là một thư mục`)
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect(await readdir(join(work, 'out-dir'))).toEqual([])
    expect(await hiddenTemporaries(work)).toEqual([])
  })

  it('refuses a FIFO as --out without opening it', async () => {
    const run = await runs.outFifo
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('không phải tệp thông thường')
    expect(run.stderr).not.toMatch(STACK_FRAME)
  })

  it('says in Vietnamese when the pack cannot be written, and leaves no temp file', async () => {
    const run = await runs.outUnderAFile
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`Không ghi được gói vào "${join(work, 'ngoai.txt', 'goi.sqlite')}"`)
    expect(run.stderr).toContain('Không có tệp nào bị thay đổi')
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect(await hiddenTemporaries(work)).toEqual([])
  })

  it.each([
    ['an input file', 'outIsInput', 'nằm trong thư mục tài liệu'],
    ['a path in a subfolder of --from', 'outInSubfolder', 'nằm trong thư mục tài liệu'],
    ['the file a symlinked input points to, outside --from', 'outIsLinkedInput', 'chính là tài liệu "ngoai.txt"'],
  ] as const)('refuses %s as --out and leaves every document as it was', async (_name, fixture, message) => {
    const run = await runs[fixture]
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(message)
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect(await readFile(join(work, 'linked-docs', 'apec-2017.txt'), 'utf8')).toBe(GOOD)
    expect(await readFile(join(work, 'ngoai.txt'), 'utf8')).toMatch(/^Tài liệu ở ngoài/)
    expect((await readdir(join(work, 'linked-docs'))).sort()).toEqual(['apec-2017.txt', 'ngoai.txt'])
  })
})

describe('build-pack and the temp files of earlier runs', () => {
  it("removes a dead process's temp file and leaves a live one's alone", async () => {
    const out = join(work, 'quet', 'goi.sqlite')
    await mkdir(join(work, 'quet'))
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    const deadTemp = `.goi.sqlite.${dead}.tmp`
    const liveTemp = `.goi.sqlite.${process.pid}.tmp`
    await writeFile(join(work, 'quet', deadTemp), 'nửa gói của một lần dựng đã chết')
    await writeFile(join(work, 'quet', liveTemp), 'gói đang được một tiến trình khác ghi')
    const run = await build(join(work, 'linked-docs'), out)
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(`Đã xóa tệp tạm "${deadTemp}"`)
    expect(await hiddenTemporaries(join(work, 'quet'))).toEqual([liveTemp])
  }, 90_000)

  it('after kill -9 in the middle of the write, the next run removes the stale temp and writes a complete pack', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'apec-build-pack-kill-'))
    const folder = join(dir, 'docs')
    await mkdir(folder)
    await mkdir(join(dir, 'out'))
    // About 6 MB of pack: the write and its fsync take long enough to be caught in the middle.
    const count = 1000
    const words = 'hợp tác kinh tế châu á thái bình dương diễn đàn thương mại đầu tư việt nam hội nghị cấp cao'.split(' ')
    for (let doc = 0; doc < count; doc += 1) {
      const paragraphs = Array.from({ length: 6 }, (_, paragraph) =>
        Array.from({ length: 60 }, (_, word) => words[(doc * 7 + paragraph * 13 + word * word) % words.length]).join(' '),
      )
      await writeFile(join(folder, `tai-lieu-${String(doc).padStart(4, '0')}.txt`), `Tài liệu ${doc}\n\n${paragraphs.join(`\n\n`)} ${doc}\n`)
    }
    const out = join(dir, 'out', 'goi.sqlite')
    // The pack of an earlier build: the killed run must leave it as it was.
    const earlier = 'gói của lần dựng trước'
    await writeFile(out, earlier)
    let tempSeen: string | null = null
    const killed = await catalogCli(['build-pack', '--from', folder, '--out', out], {
      killAfterMs: 150_000,
      started: (child) => {
        // Killed the moment the temp file appears, i.e. once the pack is being written.
        const watcher = watch(join(dir, 'out'), (_event, name) => {
          if (tempSeen !== null || !name?.endsWith('.tmp')) return
          tempSeen = name
          child.kill('SIGKILL')
          watcher.close()
        })
        child.on('close', () => watcher.close())
      },
    })
    expect(killed.status).toBeNull()
    expect(tempSeen).toBe(`.goi.sqlite.${String(killed.pid)}.tmp`)
    expect((await readdir(join(dir, 'out'))).sort()).toEqual([tempSeen, 'goi.sqlite'])
    expect(await readFile(out, 'utf8')).toBe(earlier)

    const again = await catalogCli(['build-pack', '--from', folder, '--out', out, '--json'], { killAfterMs: 150_000 })
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(`Đã xóa tệp tạm "${tempSeen}"`)
    expect(await readdir(join(dir, 'out'))).toEqual(['goi.sqlite'])
    const ids = await sourceIds(out)
    expect(ids).toHaveLength(count)
    expect(ids).toContain('tai-lieu-0999')
  }, 300_000)
})
