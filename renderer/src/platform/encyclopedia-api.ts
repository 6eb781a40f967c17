import type { EncyclopediaApi } from '../../../data/core/api-contract'
import { createCatalogApi } from '../../../data/core/catalog-api'
import { createWorkerApi } from './web/worker-api'

let api: EncyclopediaApi | undefined

/**
 * The renderer's only door to the encyclopedia: the preload's bridge on the desktop, the catalog
 * worker in the web edition. The choice is made at build time, so each build carries one of them.
 */
export function getEncyclopediaApi(): EncyclopediaApi {
  api ??= __APP_PLATFORM__ === 'web' ? createWorkerApi() : (window.encyclopedia ?? missingBridge())
  return api
}

function missingBridge(): EncyclopediaApi {
  return createCatalogApi({ code: 'internal', message: 'the desktop bridge (preload) is not available' })
}
