/// <reference lib="webworker" />
import '../../../../../data/core/zod-without-eval'
import initSqlJs from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'
import type { EncyclopediaApi } from '../../../../../data/core/api-contract'
import { callApi } from '../../../../../data/core/api-dispatch'
import { createCatalogApi } from '../../../../../data/core/catalog-api'
import { openCatalogApi } from '../../../../../data/core/open-catalog'
import type { WorkerReply, WorkerRequest } from '../worker-protocol'

/**
 * The web edition's catalog: fetches the pack from the same origin, opens it with sql.js and
 * answers the page's calls with the same core code the desktop app runs in main.
 */
declare const self: DedicatedWorkerGlobalScope

let ready: Promise<EncyclopediaApi> | undefined

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const message = event.data
  if (message.kind === 'init') {
    ready ??= openPack(message.packUrl)
    return
  }
  const api = ready ?? Promise.resolve(createCatalogApi({ code: 'internal', message: 'worker not initialised' }))
  void api
    .then((open) => callApi(open, message.method, message.input))
    .then((result) => self.postMessage({ id: message.id, result } satisfies WorkerReply))
})

async function openPack(packUrl: string): Promise<EncyclopediaApi> {
  let bytes: Uint8Array
  try {
    const response = await fetch(packUrl)
    if (!response.ok) {
      return createCatalogApi({ code: 'pack-missing', message: `${packUrl}: HTTP ${response.status}` })
    }
    bytes = new Uint8Array(await response.arrayBuffer())
  } catch (error) {
    // No answer at all (network down, server gone), told apart from a server that answers "no such file".
    return createCatalogApi({ code: 'pack-unreachable', message: `${packUrl}: ${String(error)}` })
  }
  try {
    const SQL = await initSqlJs({ locateFile: () => wasmUrl })
    return openCatalogApi(bytes, (data) => new SQL.Database(data))
  } catch (error) {
    return createCatalogApi({ code: 'internal', message: `sql.js failed to start: ${String(error)}` })
  }
}
