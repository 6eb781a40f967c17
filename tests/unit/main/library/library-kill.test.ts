import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseLibraryText } from '../../../../data/core/library/library-text'
import { PROJECT_ROOT } from '../../../../data/pipeline/project-paths'
import { BACKUP_FILE, createLibraryFileStore, LIBRARY_FILE } from '../../../../electron/main/library/library-file-store'
import { generationOf, libraryGeneration } from '../../../helpers/library-generations'
import { seededRandom } from '../../../helpers/seeded-random'

const SAVE_LOOP = join(PROJECT_ROOT, 'tests', 'unit', 'main', 'library', 'save-loop.ts')
const KILLS = 50

const directories: string[] = []
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true })
})

interface KilledRun {
  /** The highest generation the writer said it had committed (or the one it started from). */
  lastReported: number
  /** Lines other than start/committed: a notice or a failure would show here. */
  other: string[]
}

/**
 * Starts the writer, lets it report `commits` saves (or, with `commits` null, does not wait for
 * it to start at all), waits `delay` ms more, and kills it with SIGKILL: no handler runs, no
 * buffer is flushed, exactly like a power cut for the process.
 */
function runAndKill(directory: string, before: number, commits: number | null, delay: number): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SAVE_LOOP, directory], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const run: KilledRun = { lastReported: before, other: [] }
    let committed = 0
    let killing = false
    let buffered = ''
    const kill = () => {
      if (killing) return
      killing = true
      setTimeout(() => child.kill('SIGKILL'), delay)
    }
    if (commits === null) kill()
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const [word, value] = line.split(' ', 2)
        if (word === 'committed') {
          run.lastReported = Number(value)
          committed += 1
        } else if (word !== 'start') run.other.push(line)
        if (commits !== null && committed >= commits) kill()
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => run.other.push(chunk))
    child.on('error', reject)
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(run) : reject(new Error(`writer exited by itself: ${run.other.join(' ')}`))))
  })
}

describe('library file store: killed in the middle of saving', () => {
  it(`always leaves a library.json that parses, passes the schema and holds the last committed state or the next (${KILLS} SIGKILLs)`, { timeout: 600_000 }, async () => {
    const directory = await mkdtemp(join(tmpdir(), 'apec-library-kill-'))
    directories.push(directory)
    const seed = Date.now()
    // Seeded, so a failing run can be repeated from the seed in its message.
    const next = seededRandom(seed)
    let generation = 0
    let killedMidSave = 0
    for (let round = 0; round < KILLS; round += 1) {
      const context = `seed ${seed}, round ${round}`
      // One round in ten kills the writer while it is still starting (loading, sweeping).
      const commits = next() < 0.1 ? null : Math.floor(next() * 4)
      const delay = Math.floor(next() * (commits === null ? 600 : 12))
      const run = await runAndKill(directory, generation, commits, delay)
      expect(run.other, context).toEqual([])

      const text = await readFile(join(directory, LIBRARY_FILE), 'utf8').catch(() => null)
      if (text === null) {
        // Only possible before the very first save finished.
        expect(run.lastReported, context).toBe(0)
        continue
      }
      const parsed = parseLibraryText(text)
      if (!parsed.ok) throw new Error(`${context}: library.json unreadable after the kill: ${parsed.error.message}`)
      const found = generationOf(parsed.value)
      expect([run.lastReported, run.lastReported + 1], context).toContain(found)
      expect(parsed.value, context).toEqual(libraryGeneration(found))
      const backup = await readFile(join(directory, BACKUP_FILE), 'utf8').catch(() => null)
      if (backup !== null) expect(parseLibraryText(backup).ok, `${context}: backup`).toBe(true)
      if ((await readdir(directory)).some((name) => name.endsWith('.tmp'))) killedMidSave += 1
      generation = found
    }
    // The kills did land inside saves (a temp file was left behind), so the rounds above tested something.
    expect(killedMidSave, `seed ${seed}`).toBeGreaterThan(0)
    expect(generation).toBeGreaterThan(0)

    // The next start sweeps what the kills left and opens the library without a notice.
    const store = createLibraryFileStore(directory)
    const loaded = await store.load()
    expect(loaded.ok && loaded.value.notice).toBe(null)
    expect(loaded.ok && generationOf(loaded.value.library)).toBe(generation)
    const names = await readdir(directory)
    expect(names.filter((name) => name.endsWith('.tmp') || name.includes('corrupt'))).toEqual([])
  })
})
