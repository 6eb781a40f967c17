import { dirname } from 'node:path'
import { nodeFs, type DurableFs } from '../../electron/main/library/atomic-file'

export type FsCall =
  | { op: 'open'; path: string; flags: string }
  | { op: 'write' | 'sync' | 'close' | 'rm'; path: string }
  | { op: 'rename' | 'link' | 'copy'; from: string; to: string }

/**
 * The real file system, with every call of a durable write recorded in order. `failLink` makes
 * hard links fail, as on a file system without them, to take the copy path.
 */
export function recordingFs({ failLink = false } = {}): { fs: DurableFs; calls: FsCall[] } {
  const calls: FsCall[] = []
  const fs: DurableFs = {
    async open(path, flags) {
      const handle = await nodeFs.open(path, flags)
      calls.push({ op: 'open', path, flags })
      return {
        writeFile: async (data) => {
          await handle.writeFile(data)
          calls.push({ op: 'write', path })
        },
        sync: async () => {
          await handle.sync()
          calls.push({ op: 'sync', path })
        },
        close: async () => {
          await handle.close()
          calls.push({ op: 'close', path })
        },
      }
    },
    async rename(from, to) {
      await nodeFs.rename(from, to)
      calls.push({ op: 'rename', from, to })
    },
    async rm(path) {
      await nodeFs.rm(path)
      calls.push({ op: 'rm', path })
    },
    async link(existing, newPath) {
      if (failLink) throw Object.assign(new Error('EXDEV: hard links are not supported here'), { code: 'EXDEV' })
      await nodeFs.link(existing, newPath)
      calls.push({ op: 'link', from: existing, to: newPath })
    },
    async copyFile(from, to) {
      await nodeFs.copyFile(from, to)
      calls.push({ op: 'copy', from, to })
    },
  }
  return { fs, calls }
}

/**
 * What a power cut could lose at some point of the recorded calls, as a list of sentences (empty:
 * nothing). The model is POSIX's: a file's bytes are on disk only after an fsync of that file that
 * came after its last write; a new name in a folder (a rename or a link) only after an fsync of the
 * folder. So a temp file must be written, synced and closed before it is renamed over the target,
 * and the folder synced after the last rename, before the write reports success.
 */
export function durabilityProblems(calls: readonly FsCall[]): string[] {
  const problems: string[] = []
  const unsyncedData = new Set<string>()
  const openFiles = new Set<string>()
  const unsyncedFolders = new Set<string>()
  for (const call of calls) {
    switch (call.op) {
      case 'open':
        openFiles.add(call.path)
        break
      case 'write':
        unsyncedData.add(call.path)
        break
      case 'sync':
        unsyncedData.delete(call.path)
        unsyncedFolders.delete(call.path)
        break
      case 'close':
        openFiles.delete(call.path)
        break
      case 'copy':
        unsyncedData.add(call.to)
        break
      case 'link':
        unsyncedFolders.add(dirname(call.to))
        break
      case 'rename':
        if (unsyncedData.has(call.from)) problems.push(`renamed ${call.from} before its data was synced`)
        if (openFiles.has(call.from)) problems.push(`renamed ${call.from} while it was still open`)
        unsyncedFolders.add(dirname(call.to))
        break
      case 'rm':
        break
    }
  }
  for (const folder of unsyncedFolders) problems.push(`the rename in ${folder} was never made durable (no fsync of the folder after it)`)
  return problems
}
