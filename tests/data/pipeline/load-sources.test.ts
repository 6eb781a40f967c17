import { createHash } from 'node:crypto'
import { cp, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPack } from '../../../data/pipeline/build-pack'
import { PipelineError } from '../../../data/pipeline/pipeline-error'
import {
  copyPipelineInputs,
  lineNumberOf,
  replaceInFile,
  type InputsCopy,
} from '../../helpers/pipeline-inputs'

/**
 * Builds the copy and returns the problems an editor would see (one error, or every error of an
 * aggregated report); fails the test if the build succeeds.
 */
async function buildErrors(copy: InputsCopy): Promise<PipelineError[]> {
  try {
    await buildPack({ dataDir: copy.dataDir, displayRoot: copy.root })
  } catch (error) {
    if (error instanceof PipelineError) return [error]
    const listed: unknown = error instanceof Error && 'errors' in error ? error.errors : undefined
    if (Array.isArray(listed) && listed.every((item) => item instanceof PipelineError))
      return listed
    throw error
  }
  return expect.fail('the build should have been refused')
}

/** The one reported problem whose message starts with `prefix` (file:line: field:). */
async function errorStartingWith(copy: InputsCopy, prefix: string): Promise<PipelineError> {
  const errors = await buildErrors(copy)
  const match = errors.find((error) => error.message.startsWith(prefix))
  expect(
    match,
    `no error starts with "${prefix}"; got:\n${errors.map((error) => error.message).join('\n')}`,
  ).toBeDefined()
  return match ?? expect.fail()
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

describe('a source whose document text was edited', () => {
  it('is refused at its sha256 line, with the digest the text now has', async () => {
    const copy = await copyPipelineInputs()
    const file = join(copy.sourcesDir, 'wikipedia-apec.txt')
    const text = await replaceInFile(
      file,
      'Đảo Guam tích cực đòi hỏi',
      'Đảo Guam rất tích cực đòi hỏi',
    )
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('sha256: '))
    const body = text.slice(text.indexOf('\n---\n') + '\n---\n'.length)

    const error = await errorStartingWith(copy, `data/sources/wikipedia-apec.txt:${line}: sha256: `)
    expect(error.message).toContain(sha256(body))
    expect(error.line).toBe(line)
    expect(error.field).toBe('sha256')
  })
})

describe('a cleaning rule that matches nothing', () => {
  it.each([
    {
      file: 'chinhphu-csom-2017.txt',
      from: '  - drop: Nhóm PV APEC\n',
      to: '  - drop: Nhóm PV APEC 2017\n',
    },
    {
      file: 'vov5-asean-cong-1-2018.txt',
      from: '  - dropUntil: Chia sẻ\n',
      to: '  - dropUntil: Chia sẻ lên Facebook\n',
    },
  ])('is refused at its own line in $file, naming cleaning.N', async ({ file, from, to }) => {
    const copy = await copyPipelineInputs()
    const text = await replaceInFile(join(copy.sourcesDir, file), from, to)
    const lines = text.split('\n')
    const line = lineNumberOf(text, (candidate) => `${candidate}\n` === to)
    // N counts the rules listed under `cleaning:` above the broken one, from 0.
    const index = lines
      .slice(lines.indexOf('cleaning:'), line - 1)
      .filter((candidate) => candidate.startsWith('  - ')).length

    const error = await errorStartingWith(copy, `data/sources/${file}:${line}: cleaning.${index}: `)
    expect(error.message).toContain(to.replace(/^ {2}- \w+: /u, '').trim())
  })
})

describe('front matter that does not validate', () => {
  it('names a missing required field (publisher), at the front matter', async () => {
    const copy = await copyPipelineInputs()
    const text = await replaceInFile(
      join(copy.sourcesDir, 'vov5-asean-cong-1-2018.txt'),
      /^publisher: .*\n/mu,
      '',
    )
    // A field that is not there has no line; the error points at the front matter's first field.
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('id: '))

    const error = await errorStartingWith(
      copy,
      `data/sources/vov5-asean-cong-1-2018.txt:${line}: publisher: `,
    )
    expect(error.field).toBe('publisher')
  })

  it('names invalid YAML with the line of the broken value', async () => {
    const copy = await copyPipelineInputs()
    const text = await replaceInFile(
      join(copy.sourcesDir, 'vov5-asean-cong-1-2018.txt'),
      'title: Các hội nghị',
      'title: "Các hội nghị',
    )
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('title: "'))

    await errorStartingWith(
      copy,
      `data/sources/vov5-asean-cong-1-2018.txt:${line}: YAML không hợp lệ`,
    )
  })

  it('refuses a published date without a value, at the date line', async () => {
    const copy = await copyPipelineInputs()
    const text = await replaceInFile(
      join(copy.sourcesDir, 'chinaorg-apec-khai-niem.txt'),
      'date: { value: 2017-04-19, kind: published }',
      'date: { kind: published }',
    )
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('date: '))

    await errorStartingWith(copy, `data/sources/chinaorg-apec-khai-niem.txt:${line}: date: `)
  })

  it('refuses a date that is not YYYY-MM-DD, at the date line', async () => {
    const copy = await copyPipelineInputs()
    const text = await replaceInFile(
      join(copy.sourcesDir, 'chinaorg-apec-khai-niem.txt'),
      'date: { value: 2017-04-19, kind: published }',
      'date: { value: "19-04-2017", kind: published }',
    )
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('date: '))

    await errorStartingWith(copy, `data/sources/chinaorg-apec-khai-niem.txt:${line}: date.value: `)
  })

  it('refuses a file without front matter at line 1', async () => {
    const copy = await copyPipelineInputs()
    await replaceInFile(join(copy.sourcesDir, 'vov5-asean-cong-1-2018.txt'), /^---\n/u, '')

    await errorStartingWith(copy, 'data/sources/vov5-asean-cong-1-2018.txt:1: ')
  })
})

describe('ids and file names', () => {
  it('refuses an id that differs from the file name, at the id line', async () => {
    const copy = await copyPipelineInputs()
    const text = await replaceInFile(
      join(copy.sourcesDir, 'wikipedia-apec.txt'),
      'id: wikipedia-apec\n',
      'id: wikipedia-apec-vi\n',
    )
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('id: '))

    const error = await errorStartingWith(copy, `data/sources/wikipedia-apec.txt:${line}: id: `)
    expect(error.message).toContain('wikipedia-apec-vi.txt')
  })

  it('refuses a renamed file whose name merely ends with its id', async () => {
    const copy = await copyPipelineInputs()
    await rename(
      join(copy.sourcesDir, 'wikipedia-apec.txt'),
      join(copy.sourcesDir, 'draft-wikipedia-apec.txt'),
    )
    const text = await readFile(join(copy.sourcesDir, 'draft-wikipedia-apec.txt'), 'utf8')
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('id: '))

    await errorStartingWith(copy, `data/sources/draft-wikipedia-apec.txt:${line}: id: `)
  })

  it("refuses a second file with an id already taken, at that file's id line", async () => {
    const copy = await copyPipelineInputs()
    // chinaorg-apec-khai-niem.txt has comment lines above its id, so the id is not on line 2.
    const original = join(copy.sourcesDir, 'chinaorg-apec-khai-niem.txt')
    await cp(original, join(copy.sourcesDir, 'old-chinaorg-apec-khai-niem.txt'))
    const text = await readFile(original, 'utf8')
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('id: '))
    expect(line).not.toBe(2)

    const error = await errorStartingWith(
      copy,
      `data/sources/old-chinaorg-apec-khai-niem.txt:${line}: id: `,
    )
    expect(error.field).toBe('id')
  })
})

describe('document text that is not NFC', () => {
  it('is refused at the first line of the text, even with a matching sha256', async () => {
    const copy = await copyPipelineInputs()
    const file = join(copy.sourcesDir, 'vov5-asean-cong-1-2018.txt')
    const text = await readFile(file, 'utf8')
    const split = text.indexOf('\n---\n') + '\n---\n'.length
    const decomposed = text.slice(split).normalize('NFD')
    expect(decomposed).not.toBe(text.slice(split))
    const frontMatter = text
      .slice(0, split)
      .replace(/^sha256: .*$/mu, `sha256: ${sha256(decomposed)}`)
    await writeFile(file, frontMatter + decomposed)
    const line = frontMatter.split('\n').length

    const error = await errorStartingWith(copy, `data/sources/vov5-asean-cong-1-2018.txt:${line}: `)
    expect(error.message).toContain('NFC')
  })
})

describe('pack.yaml that does not validate', () => {
  it('names the file, the line and the field of a bad version', async () => {
    const copy = await copyPipelineInputs()
    const text = await replaceInFile(
      join(copy.dataDir, 'pack.yaml'),
      /^version: .*$/mu,
      'version: "1.0"',
    )
    const line = lineNumberOf(text, (candidate) => candidate.startsWith('version: '))

    const error = await errorStartingWith(copy, `data/pack.yaml:${line}: version: `)
    expect(error.field).toBe('version')
  })
})
