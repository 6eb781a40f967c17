import type { ApiInput, ApiMethod, ApiOutput, EncyclopediaApi } from '../../../../data/core/api-contract'
import type { Result } from '../../../../data/core/result'
import { WEB_PACK_PATH, type WorkerReply, type WorkerRequest } from './worker-protocol'

/**
 * EncyclopediaApi for the web edition: every call is answered by the catalog worker, so opening
 * the pack and querying it never blocks the page.
 */
export function createWorkerApi(): EncyclopediaApi {
  const worker = new Worker(new URL('./worker/catalog-worker.ts', import.meta.url), { type: 'module' })
  const pending = new Map<number, (result: Result<unknown>) => void>()
  let nextId = 1

  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const resolve = pending.get(event.data.id)
    pending.delete(event.data.id)
    resolve?.(event.data.result)
  })
  worker.addEventListener('error', (event) => {
    for (const resolve of pending.values()) {
      resolve({ ok: false, error: { code: 'internal', message: `catalog worker failed: ${event.message}` } })
    }
    pending.clear()
  })
  const post = (message: WorkerRequest) => worker.postMessage(message)
  post({ kind: 'init', packUrl: new URL(WEB_PACK_PATH, document.baseURI).href })

  // The worker validated the input and answers with the method's own Result type.
  const call = <K extends ApiMethod>(method: K, input?: ApiInput<K>): Promise<ApiOutput<K>> =>
    new Promise((resolve) => {
      const id = nextId++
      pending.set(id, resolve as (result: Result<unknown>) => void)
      post({ kind: 'call', id, method, input })
    })

  return {
    getPackInfo: () => call('getPackInfo'),
    listSources: () => call('listSources'),
    getSource: (input) => call('getSource', input),
    listEntries: (input) => call('listEntries', input),
    getEntry: (input) => call('getEntry', input),
    listMembers: () => call('listMembers'),
    getTimeline: () => call('getTimeline'),
    listApecYears: () => call('listApecYears'),
    search: (input) => call('search', input),
    suggest: (input) => call('suggest', input),
    answer: (input) => call('answer', input),
    getComparison: (input) => call('getComparison', input),
  } satisfies EncyclopediaApi
}
