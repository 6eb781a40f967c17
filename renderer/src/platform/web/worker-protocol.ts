import type { ApiMethod } from '../../../../data/core/api-contract'
import type { Result } from '../../../../data/core/result'

/** Messages between the page and the catalog worker. */
export interface WorkerInit {
  kind: 'init'
  packUrl: string
}

export interface WorkerCall {
  kind: 'call'
  id: number
  method: ApiMethod
  input: unknown
}

export type WorkerRequest = WorkerInit | WorkerCall

export interface WorkerReply {
  id: number
  result: Result<unknown>
}

/** Where the web edition finds its pack, relative to index.html. */
export const WEB_PACK_PATH = 'pack/encyclopedia.sqlite'
