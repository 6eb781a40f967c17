import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_DIR } from '../../data/pipeline/project-paths'

/**
 * The document text of a source file as handed over (everything after the closing `---` of the
 * front matter), split into lines with whitespace collapsed and blank lines left out. Read here
 * independently of the pipeline, so the tests compare the pipeline against the original text.
 */
export async function originalLines(sourceFile: string): Promise<string[]> {
  const text = await readFile(join(DATA_DIR, 'sources', sourceFile), 'utf8')
  const lines = text.split('\n')
  if (lines[0] !== '---') throw new Error(`${sourceFile} does not start with front matter`)
  const close = lines.indexOf('---', 1)
  if (close < 0) throw new Error(`${sourceFile} has no closing ---`)
  return lines
    .slice(close + 1)
    .map((line) =>
      line
        .normalize('NFC')
        .replace(/[\s\u00a0\u200b]+/gu, ' ')
        .trim(),
    )
    .filter((line) => line !== '')
}
