import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppPaths } from '../../../electron/main/app-paths'

const locations = {
  mainDir: join('/opt', 'Bach khoa APEC', 'resources', 'app.asar', 'out', 'main'),
  appPath: join('/opt', 'Bach khoa APEC', 'resources', 'app.asar'),
  resourcesPath: join('/opt', 'Bach khoa APEC', 'resources'),
}

describe('resolveAppPaths', () => {
  it('reads the pack shipped next to the asar when packaged', () => {
    const paths = resolveAppPaths({ ...locations, packaged: true })
    expect(paths.pack).toBe(join('/opt', 'Bach khoa APEC', 'resources', 'encyclopedia.sqlite'))
  })

  it('reads the pack written by data:build in development', () => {
    const paths = resolveAppPaths({
      mainDir: join('/work', 'main', 'out', 'main'),
      appPath: join('/work', 'main'),
      resourcesPath: join('/usr', 'lib', 'electron', 'resources'),
      packaged: false,
    })
    expect(paths.pack).toBe(join('/work', 'main', 'data', 'out', 'encyclopedia.sqlite'))
  })

  it('finds the renderer and the preload next to the main bundle', () => {
    const paths = resolveAppPaths({ ...locations, packaged: true })
    expect(paths.rendererDir).toBe(join(locations.appPath, 'out', 'renderer'))
    expect(paths.preload).toBe(join(locations.appPath, 'out', 'preload', 'index.js'))
  })

  it('finds the pack check worker beside the main bundle, where the main build emits it', () => {
    const paths = resolveAppPaths({ ...locations, packaged: true })
    expect(paths.packCheckWorker).toBe(join(locations.mainDir, 'pack-check-worker.js'))
  })
})
