import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { openCatalog } from '../../../data/core/open-catalog'
import { FOLDER_PUBLISHER, parseFolderFile, slugFromFileName } from '../../../data/pipeline/folder-pack'
import { PROJECT_ROOT } from '../../../data/pipeline/project-paths'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'

/** `catalog` run as a user runs it, so exit status and stderr are what a script would see. */
function catalogCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'data/pipeline/catalog-cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  })
}

let workDir: string
let catalog: Catalog
let build: ReturnType<typeof catalogCli>

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'apec-folder-pack-'))
  const folder = join(workDir, 'docs')
  await mkdir(folder)
  await writeFile(
    join(folder, 'Đà Nẵng 2017.txt'),
    'Tuần lễ Cấp cao APEC tại Đà Nẵng\n\nNăm 2017, thành phố Đà Nẵng đón các nhà lãnh đạo\nkinh tế APEC.\n\n\nHội An ở gần Đà Nẵng.\n',
  )
  await writeFile(join(folder, 'ghi-chu.md'), '# Ghi chú về Thái Bình Dương\n\nCộng đồng Thái Bình Dương.\n')
  // Same slug as the first file: the later one in name order gets a suffix.
  await writeFile(join(folder, 'da-nang-2017.md'), 'Bản khác\n\nMột văn bản khác cùng tên.\n')
  await writeFile(join(folder, 'rong.txt'), '  \n\n')
  await writeFile(join(folder, 'anh.png'), 'not text')
  build = catalogCli(['build-pack', '--from', folder, '--out', join(workDir, 'out', 'pack.sqlite'), '--json'])
  const SQL = await loadSqlJs()
  const bytes = new Uint8Array(await readFile(join(workDir, 'out', 'pack.sqlite')))
  const opened = openCatalog(bytes, (data) => new SQL.Database(data))
  if (!opened.ok) throw new Error(opened.error.message)
  catalog = opened.value
}, 60_000)

describe('build-pack --from a folder of text files', () => {
  it('builds a pack, skipping the empty file with a warning', () => {
    expect(build.status).toBe(0)
    expect(JSON.parse(build.stdout)).toMatchObject({ sources: 3, paragraphs: 4, skipped: 1 })
    expect(build.stderr).toContain('Bỏ qua "rong.txt": tệp rỗng')
  })

  it('opens with the catalog: one source per file, titled by its first line, paragraphs numbered', () => {
    const sources = catalog.listSources()
    expect(sources.map((source) => source.id)).toEqual(['da-nang-2017', 'ghi-chu', 'da-nang-2017-2'])
    const source = catalog.getSource('da-nang-2017-2')
    expect(source.title).toBe('Tuần lễ Cấp cao APEC tại Đà Nẵng')
    expect(source.publisher).toBe(FOLDER_PUBLISHER)
    // Where it came from, briefly: the file name (said once per source of a pack of thousands).
    expect(source.origin).toBe('Đà Nẵng 2017.txt')
    expect(source.attribution).toBe('Không rõ')
    expect(source.blocks.map((block) => [block.number, block.text])).toEqual([
      [1, 'Năm 2017, thành phố Đà Nẵng đón các nhà lãnh đạo kinh tế APEC.'],
      [2, 'Hội An ở gần Đà Nẵng.'],
    ])
    expect(catalog.listEntries()).toEqual([])
  })

  it('stores the shared publisher once, not once per file, and every source still shows it', async () => {
    // A pack of 126 000 files repeated it in every source row: 2.9 MB of a 77 MB pack.
    const bytes = Buffer.from(await readFile(join(workDir, 'out', 'pack.sqlite')))
    const publisher = Buffer.from(FOLDER_PUBLISHER, 'utf8')
    let copies = 0
    for (let at = bytes.indexOf(publisher); at >= 0; at = bytes.indexOf(publisher, at + 1)) copies++
    expect(copies).toBe(1)
    expect(catalog.listSources().map((source) => source.publisher)).toEqual([FOLDER_PUBLISHER, FOLDER_PUBLISHER, FOLDER_PUBLISHER])
    expect(catalog.getSource('ghi-chu').blocks.map((block) => block.kind)).toEqual(['paragraph'])
  })

  it('finds a paragraph with or without tone marks', () => {
    for (const query of ['lãnh đạo', 'lanh dao']) {
      const hits = catalog.search({ query }).passages
      expect(hits[0]).toMatchObject({ sourceId: 'da-nang-2017-2', paragraph: 1 })
    }
    expect(catalog.search({ query: 'thai binh duong' }).passages[0]?.sourceId).toBe('ghi-chu')
  })

  it('suggests source titles, once per source, as sources to open', () => {
    expect(catalog.suggest({ prefix: 'tuan le cap' })).toEqual([
      expect.objectContaining({ kind: 'source', id: 'da-nang-2017-2', title: 'Tuần lễ Cấp cao APEC tại Đà Nẵng' }),
    ])
    expect(catalog.suggest({ prefix: 'Ghi' }).map((suggestion) => suggestion.id)).toEqual(['ghi-chu'])
    const cli = catalogCli(['suggest', 'Bản', '--pack', join(workDir, 'out', 'pack.sqlite'), '--json'])
    expect(cli.status).toBe(0)
    expect(JSON.parse(cli.stdout)).toEqual({ suggestions: [{ id: 'da-nang-2017', title: 'Bản khác' }] })
  })

  it('refuses a missing folder with a Vietnamese message and a non-zero exit', () => {
    const missing = catalogCli(['build-pack', '--from', join(workDir, 'khong-co'), '--out', join(workDir, 'x.sqlite')])
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toContain('Không tìm thấy thư mục')
  })

  it('refuses a folder with no text files, and one whose files are all empty', async () => {
    const none = join(workDir, 'none')
    await mkdir(none)
    const noText = catalogCli(['build-pack', '--from', none, '--out', join(workDir, 'y.sqlite')])
    expect(noText.status).not.toBe(0)
    expect(noText.stderr).toContain('không có tệp .txt hoặc .md nào')
    await writeFile(join(none, 'a.txt'), '')
    const allEmpty = catalogCli(['build-pack', '--from', none, '--out', join(workDir, 'y.sqlite')])
    expect(allEmpty.status).not.toBe(0)
    expect(allEmpty.stderr).toContain('không có tệp nào có nội dung')
  })
})

describe('folder file parsing', () => {
  it('takes the first non-empty line as title and splits paragraphs on blank lines', () => {
    expect(parseFolderFile('\n\n# Tiêu đề\nđoạn một\n  tiếp\n\n\n## Mục\n\nđoạn hai')).toMatchObject({
      title: 'Tiêu đề',
      blocks: [
        { kind: 'paragraph', number: 1, text: 'đoạn một tiếp' },
        { kind: 'heading', number: null, text: 'Mục' },
        { kind: 'paragraph', number: 2, text: 'đoạn hai' },
      ],
    })
    expect(parseFolderFile(' \n\t\n')).toBeNull()
  })

  it('slugifies Vietnamese file names into pack ids', () => {
    expect(slugFromFileName('Đà Nẵng 2017.txt')).toBe('da-nang-2017')
    expect(slugFromFileName('亚太.md')).toBe('tai-lieu')
  })
})
