import { readFileSync, writeFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'

/**
 * A worker that really hangs inside SQLite: it reads the pack it is given, leaves `<pack>.started`
 * beside it, then selects from the pack's endless view "loop", which never returns. Only a
 * terminate() from outside ends it, which is what the test of checkPackInWorker needs to see.
 */
const input: unknown = workerData
const path =
  typeof input === 'object' && input !== null && 'path' in input ? String(input.path) : ''
void loadSqlJs().then((SQL) => {
  const db = new SQL.Database(readFileSync(path))
  writeFileSync(`${path}.started`, '')
  db.exec('SELECT count(*) FROM loop')
  parentPort?.postMessage({ ok: true, value: null })
})
