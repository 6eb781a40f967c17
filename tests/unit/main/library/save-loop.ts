// Child process of library-kill.test.ts: opens the library, then saves ever larger generations
// until it is killed, printing "committed <n>" after each save that resolved.
import { createLibraryFileStore } from '../../../../electron/main/library/library-file-store'
import { generationOf, libraryGeneration } from '../../../helpers/library-generations'

async function saveForever(directory: string): Promise<never> {
  const store = createLibraryFileStore(directory)
  const loaded = await store.load()
  if (!loaded.ok) return stop(2, `failed ${loaded.error.message}`)
  if (loaded.value.notice) return stop(3, `notice ${JSON.stringify(loaded.value.notice)}`)
  let generation = generationOf(loaded.value.library)
  let revision = loaded.value.revision
  process.stdout.write(`start ${generation}\n`)
  for (;;) {
    generation += 1
    const saved = await store.save({ library: libraryGeneration(generation), baseRevision: revision })
    if (!saved.ok) return stop(4, `failed ${saved.error.message}`)
    revision = saved.value.revision
    process.stdout.write(`committed ${generation}\n`)
  }
}

function stop(status: number, line: string): never {
  process.stdout.write(`${line}\n`)
  process.exit(status)
}

const [directory] = process.argv.slice(2)
if (!directory) throw new Error('usage: save-loop.ts <directory>')
void saveForever(directory)
