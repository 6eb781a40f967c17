import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFolderPack } from '../../data/pipeline/folder-pack'

/** The title build-pack gives document `n` (1-based) of numberedFolderPack(): its file's first line. */
export const numberedTitle = (n: number): string => `Tài liệu thử số ${n}`

/**
 * A pack built by `catalog build-pack` from a folder of `count` text files, 0001.txt, 0002.txt…,
 * each titled "Tài liệu thử số n" with two paragraphs: a reader's folder of many documents, whose
 * pack order (file-name order) is the number order.
 */
export async function numberedFolderPack(count: number): Promise<{ pack: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'apec-numbered-'))
  // The pack goes beside the documents' folder: build-pack refuses to write inside --from.
  const docs = join(dir, 'tai-lieu')
  await mkdir(docs)
  const width = String(count).length
  for (let n = 1; n <= count; n += 1) {
    const text = `${numberedTitle(n)}\n\nĐoạn thứ nhất của tài liệu ${n}.\n\nĐoạn thứ hai của tài liệu ${n}.\n`
    await writeFile(join(docs, `${String(n).padStart(width, '0')}.txt`), text)
  }
  const out = join(dir, 'goi-nhieu-tai-lieu.sqlite')
  await buildFolderPack(docs, out)
  return { pack: out, remove: () => rm(dir, { recursive: true, force: true }) }
}
