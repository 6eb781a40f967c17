import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Configuration, TargetConfiguration } from 'electron-builder'
import { describe, expect, it } from 'vitest'
import { distBuilds, distPlatformOf } from '../../../build/dist-plan'
import {
  APP_ICON,
  desktopConfig,
  EXECUTABLE_NAME,
  removeElectronDefaultApp,
} from '../../../build/electron-builder.config'
import { portableConfig } from '../../../build/electron-builder.portable.config'
import { resolveAppPaths } from '../../../electron/main/app-paths'
import { PORTABLE_MARKER_FILE } from '../../../electron/main/portable-mode'

/** Target names of a platform's `target` option, whichever of its shapes it takes. */
function targetNames(target: NonNullable<Configuration['win']>['target']): string[] {
  const list: Array<string | TargetConfiguration> = Array.isArray(target)
    ? target
    : target
      ? [target]
      : []
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target))
}

describe('electron-builder configuration', () => {
  it('builds NSIS and MSI installers for Windows, AppImage and deb for Linux, a dmg for macOS', () => {
    expect(targetNames(desktopConfig.win.target)).toEqual(['nsis', 'msi'])
    expect(targetNames(desktopConfig.linux.target)).toEqual(['AppImage', 'deb'])
    expect(targetNames(desktopConfig.mac.target)).toEqual(['dmg'])
  })

  it('installs per user without admin by default and per machine with /allusers (NSIS)', () => {
    // Assisted installer with the install-mode choice: `/S` alone takes the per-user default.
    expect(desktopConfig.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowElevation: true,
    })
  })

  it('never deletes the user library on uninstall', () => {
    expect(desktopConfig.nsis.deleteAppDataOnUninstall).toBe(false)
  })

  it('makes the MSI a silent per-machine package for Group Policy', () => {
    expect(desktopConfig.msi).toMatchObject({ oneClick: true, perMachine: true })
  })

  it('names executables, install folders and the deb package in ASCII', () => {
    expect(EXECUTABLE_NAME).toMatch(/^[a-z-]+$/)
    expect(desktopConfig.win.executableName).toBe(EXECUTABLE_NAME)
    expect(desktopConfig.linux.executableName).toBe(EXECUTABLE_NAME)
    expect(desktopConfig.deb.packageName).toBe(EXECUTABLE_NAME)
  })

  it('gives every platform the app icon, a square PNG of at least 512 px (the least macOS accepts)', async () => {
    for (const platform of [desktopConfig.win, desktopConfig.linux, desktopConfig.mac]) expect(platform.icon).toBe(APP_ICON)
    const png = await readFile(APP_ICON)
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]
    expect(width).toBe(height)
    expect(width).toBeGreaterThanOrEqual(512)
  })

  it('ships the pack beside the asar, where the packaged app looks for it', () => {
    expect(desktopConfig.extraResources).toEqual([
      { from: 'data/out/encyclopedia.sqlite', to: 'encyclopedia.sqlite' },
    ])
    const resourcesPath = join('/opt', 'app', 'resources')
    const paths = resolveAppPaths({
      mainDir: join(resourcesPath, 'app.asar', 'out', 'main'),
      appPath: join(resourcesPath, 'app.asar'),
      resourcesPath,
      packaged: true,
    })
    expect(paths.pack).toBe(join(resourcesPath, desktopConfig.extraResources[0]?.to ?? ''))
  })

  it('packs only the built app into the asar, rebuilds nothing and publishes nothing', () => {
    expect(desktopConfig.asar).toBe(true)
    expect(desktopConfig.files.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
    ])
    expect(desktopConfig.files).toContain('!**/*.map')
    expect(desktopConfig.npmRebuild).toBe(false)
    expect(desktopConfig.nodeGypRebuild).toBe(false)
    expect(desktopConfig.publish).toBeNull()
  })

  it('sets the hardening fuses', () => {
    expect(desktopConfig.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    })
  })

  it('never names an Electron download or binary: each build passes its own electronDist', () => {
    expect('electronDist' in desktopConfig).toBe(false)
    expect('electronDownload' in desktopConfig).toBe(false)
  })
})

describe('portable zip configuration', () => {
  it('builds only the Windows zip, with the marker file next to the executable', () => {
    expect(targetNames(portableConfig.win.target)).toEqual(['zip'])
    expect(portableConfig.extraFiles).toEqual([
      { from: `build/portable/${PORTABLE_MARKER_FILE}`, to: PORTABLE_MARKER_FILE },
    ])
    expect(existsSync(portableConfig.extraFiles[0]?.from ?? '')).toBe(true)
  })

  it('is the desktop build in every other respect', () => {
    // toEqual skips undefined properties: extraFiles is the one addition.
    expect({ ...portableConfig, win: desktopConfig.win, extraFiles: undefined }).toEqual(
      desktopConfig,
    )
    expect(portableConfig.win.executableName).toBe(EXECUTABLE_NAME)
  })

  it('is the only build that carries the marker', () => {
    expect('extraFiles' in desktopConfig).toBe(false)
  })
})

describe('npm run dist', () => {
  const localElectronDist = join('/work', 'node_modules', 'electron', 'dist')

  it('builds the Windows installers, then the portable zip', () => {
    expect(distBuilds('win', { host: 'linux', localElectronDist: null })).toEqual([
      desktopConfig,
      portableConfig,
    ])
  })

  it("packages the current platform with node_modules' Electron, so it needs no network", () => {
    const builds = distBuilds('linux', { host: 'linux', localElectronDist })
    expect(builds).toEqual([{ ...desktopConfig, electronDist: localElectronDist }])
  })

  it("never packages another platform with this platform's Electron", () => {
    expect(distBuilds('mac', { host: 'linux', localElectronDist })).toEqual([desktopConfig])
  })

  it('maps Node platform names to electron-builder platforms', () => {
    const nodePlatforms: NodeJS.Platform[] = ['win32', 'darwin', 'linux']
    expect(nodePlatforms.map(distPlatformOf)).toEqual(['win', 'mac', 'linux'])
  })
})

describe('removeElectronDefaultApp (afterPack)', () => {
  it("drops Electron's fallback app and keeps the rest of resources/", async () => {
    const appOutDir = await mkdtemp(join(tmpdir(), 'apec-after-pack-'))
    const resources = join(appOutDir, 'resources')
    await mkdir(resources)
    await writeFile(join(resources, 'default_app.asar'), 'fallback')
    await writeFile(join(resources, 'app.asar'), 'ours')
    const packager = { getResourcesDir: (dir: string) => join(dir, 'resources') }
    await removeElectronDefaultApp({ appOutDir, packager })
    expect(await readdir(resources)).toEqual(['app.asar'])
    // A second run (a download has none) is not an error.
    await expect(removeElectronDefaultApp({ appOutDir, packager })).resolves.toBeUndefined()
    await rm(appOutDir, { recursive: true })
  })
})
