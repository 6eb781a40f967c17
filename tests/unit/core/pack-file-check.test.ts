import { describe, expect, it } from 'vitest'
import {
  MAX_PACK_BYTES,
  probePackFile,
  readPackFile,
  type PackFileAccess,
  type PackFileKind,
} from '../../../data/core/pack-file-check'

/** A whole 2-page database as far as the header checks can tell. */
function databaseBytes(): Uint8Array {
  const bytes = new Uint8Array(1024)
  bytes.set(new TextEncoder().encode('SQLite format 3\u0000'))
  const view = new DataView(bytes.buffer)
  view.setUint16(16, 512)
  view.setUint32(28, 2)
  return bytes
}

/** A file that records each read, and gives `content` followed by endless zeros (as a growing file would). */
function fakeFile(kind: PackFileKind, size: number, content: Uint8Array = new Uint8Array()) {
  const reads: [number, number][] = []
  const file: PackFileAccess = {
    kind,
    size,
    read: async (position, length) => {
      reads.push([position, length])
      const bytes = new Uint8Array(length)
      bytes.set(content.subarray(position, position + length))
      return bytes
    },
  }
  return { file, reads }
}

describe('the pack file rules every shell applies (CLI, desktop)', () => {
  it.each([
    ['directory', 'pack-not-file'],
    ['other', 'pack-not-file'],
  ] as const)('refuses a %s without reading a byte of it', async (kind, code) => {
    const { file, reads } = fakeFile(kind, 0)
    const read = await readPackFile(file)
    expect(read.ok ? null : read.error.code).toBe(code)
    expect(reads).toEqual([])
  })

  it('refuses a file over 1 GiB without reading a byte of it', async () => {
    const { file, reads } = fakeFile('file', MAX_PACK_BYTES + 1)
    const read = await readPackFile(file)
    expect(read.ok ? null : read.error.code).toBe('pack-too-large')
    expect(MAX_PACK_BYTES).toBe(1024 ** 3)
    expect(reads).toEqual([])
  })

  it('reads only the 100-byte header of a file that is not SQLite', async () => {
    const { file, reads } = fakeFile('file', 4096, new TextEncoder().encode('Ghi chú cuộc họp\n'.repeat(300)))
    const read = await readPackFile(file)
    expect(read.ok ? null : read.error.code).toBe('pack-not-sqlite')
    expect(reads).toEqual([[0, 100]])
  })

  it('probes a database by its header alone, and reads it whole only when asked, as many bytes as measured', async () => {
    const bytes = databaseBytes()
    const probed = fakeFile('file', bytes.length, bytes)
    expect(await probePackFile(probed.file)).toEqual({ ok: true, value: { size: 1024 } })
    expect(probed.reads).toEqual([[0, 100]])
    const whole = fakeFile('file', bytes.length, bytes)
    const read = await readPackFile(whole.file)
    expect(read.ok ? read.value.length : read.error.code).toBe(1024)
    expect(whole.reads).toEqual([
      [0, 100],
      [0, 1024],
    ])
  })
})
