import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { PipelineError, PipelineErrors } from '../pipeline-error'
import type { FactbookJson } from './factbook-fields'

export const MANIFEST = 'SHA256SUMS'

export interface FactbookFile {
  /** Relative to the project root, for messages: "data/reference/factbook-2026-01/vm.json". */
  file: string
  json: FactbookJson
}

export interface FactbookFiles {
  /** By GEC code ("vm" for vm.json). */
  byCode: ReadonlyMap<string, FactbookFile>
  /** Every file of the folder with its text, for the pack's content hash. */
  hashed: [string, string][]
}

/**
 * Reads the Factbook folder as it was copied: every file must be listed in SHA256SUMS (the
 * `sha256sum` format, so `sha256sum -c SHA256SUMS` checks it by hand too) with the hash of its
 * bytes. A changed, missing or unlisted file stops the build; the copies are never edited.
 */
export async function loadFactbookFiles(directory: string, displayRoot: string): Promise<FactbookFiles> {
  const display = (name: string) => relative(displayRoot, join(directory, name))
  const manifestFile = display(MANIFEST)
  const manifest = await readFile(join(directory, MANIFEST), 'utf8')
  const listed = new Map<string, string>()
  const errors: PipelineError[] = []
  manifest.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const match = /^([0-9a-f]{64}) {2}([\w.-]+)$/.exec(line)
    if (!match?.[1] || !match[2]) errors.push(new PipelineError(manifestFile, index + 1, null, 'dòng phải là "<sha256>  <tên tệp>"'))
    else listed.set(match[2], match[1])
  })
  const present = (await readdir(directory)).filter((name) => name !== MANIFEST).sort()
  for (const name of present) {
    if (!listed.has(name)) errors.push(new PipelineError(display(name), null, null, `tệp không có trong ${MANIFEST}`))
  }
  const hashed: [string, string][] = [[MANIFEST, manifest]]
  const byCode = new Map<string, FactbookFile>()
  for (const [name, expected] of [...listed.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!present.includes(name)) {
      errors.push(new PipelineError(display(name), null, null, `${MANIFEST} ghi tệp này nhưng tệp không có`))
      continue
    }
    const bytes = await readFile(join(directory, name))
    const digest = createHash('sha256').update(bytes).digest('hex')
    if (digest !== expected) {
      errors.push(new PipelineError(display(name), null, null, `tệp đã bị sửa (SHA-256 hiện tại ${digest}); bản sao Factbook phải giữ nguyên`))
      continue
    }
    const text = bytes.toString('utf8')
    hashed.push([name, text])
    if (!name.endsWith('.json')) continue
    try {
      const json: unknown = JSON.parse(text)
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('không phải một đối tượng JSON')
      byCode.set(name.slice(0, -'.json'.length), { file: display(name), json: { ...json } })
    } catch (error) {
      errors.push(new PipelineError(display(name), null, null, `JSON không hợp lệ: ${error instanceof Error ? error.message : String(error)}`))
    }
  }
  if (errors.length > 0) throw new PipelineErrors(errors)
  return { byCode, hashed }
}
