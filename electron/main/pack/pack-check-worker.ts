import { readFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { checkPackBytes } from '../../../data/core/open-catalog'
import { fail, type Result } from '../../../data/core/result'
import { loadSqlJs } from '../sql-js'

/**
 * Worker thread entry: runs every check of a new pack copy (openPackDatabase: header, schema
 * allowlist, quick_check, version) away from the main thread, which stops this thread if it takes
 * too long. Answers with one Result message.
 */
async function checkPackCopy(path: unknown): Promise<Result<null>> {
  if (typeof path !== 'string') return fail('internal', 'the pack check worker got no path')
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    return fail('pack-missing', error instanceof Error ? error.message : String(error))
  }
  const SQL = await loadSqlJs()
  return checkPackBytes(bytes, (data) => new SQL.Database(data))
}

const input: unknown = workerData
void checkPackCopy(
  typeof input === 'object' && input !== null && 'path' in input ? input.path : undefined,
).then((result) => parentPort?.postMessage(result))
