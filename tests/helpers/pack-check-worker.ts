import { fileURLToPath } from 'node:url'
import type { PackCheckWorker } from '../../electron/main/pack/check-pack-in-worker'

/** The real pack check worker, run from its TypeScript source: tsx compiles it inside the thread. */
export const PACK_CHECK_WORKER_SOURCE: PackCheckWorker = {
  script: fileURLToPath(new URL('../../electron/main/pack/pack-check-worker.ts', import.meta.url)),
  execArgv: ['--require', 'tsx/cjs'],
}
