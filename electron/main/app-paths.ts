import { join } from 'node:path'

/** The pack's file name beside the asar; electron-builder's extraResources puts it there. */
export const SHIPPED_PACK_FILE = 'encyclopedia.sqlite'

export interface AppPaths {
  rendererDir: string
  preload: string
  pack: string
  /** The worker that checks a pack the user opens (a second entry of the main build). */
  packCheckWorker: string
}

/**
 * Where the built app finds its parts. Packaged, the pack ships as an extra resource next to the
 * asar; in development it is the one `npm run data:build` wrote.
 */
export function resolveAppPaths(options: {
  mainDir: string
  appPath: string
  resourcesPath: string
  packaged: boolean
}): AppPaths {
  return {
    rendererDir: join(options.mainDir, '..', 'renderer'),
    preload: join(options.mainDir, '..', 'preload', 'index.js'),
    packCheckWorker: join(options.mainDir, 'pack-check-worker.js'),
    pack: options.packaged
      ? join(options.resourcesPath, SHIPPED_PACK_FILE)
      : join(options.appPath, 'data', 'out', 'encyclopedia.sqlite'),
  }
}
