import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createPackage } from '@electron/asar'
import { FuseV1Options } from '@electron/fuses'

/** The marker @electron/fuses looks for; the fuse wire follows it in every Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_WIRE_VERSION = 1

/**
 * Electron's own settings, before packaging flips them: a fuse set by the configuration shows up
 * as a change. Typed by FuseV1Options, so a fuse added to @electron/fuses fails to compile here.
 */
export const ELECTRON_DEFAULT_FUSES: Record<FuseV1Options, boolean> = {
  [FuseV1Options.RunAsNode]: true,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
  [FuseV1Options.EnableNodeCliInspectArguments]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
}

function fuseWire(): Buffer {
  const fuses = Object.values(FuseV1Options).filter((value) => typeof value === 'number')
  const states = fuses.map((fuse) => (ELECTRON_DEFAULT_FUSES[fuse] ? '1' : '0')).join('')
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([FUSE_WIRE_VERSION, states.length]),
    Buffer.from(states, 'latin1'),
  ])
}

/**
 * A stand-in for Electron's Linux x64 distribution, which cannot be downloaded on these machines:
 * what electron-builder copies, renames and flips (the `electron` binary with a fuse wire, the
 * fallback app in resources/, the license and version files), without Chromium.
 */
export async function writeStubElectronDist(
  workDir: string,
  electronVersion: string,
): Promise<string> {
  const dir = join(workDir, 'electron-dist')
  await mkdir(join(dir, 'resources'), { recursive: true })
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n'), fuseWire(), Buffer.alloc(64)])
  await writeFile(join(dir, 'electron'), binary, { mode: 0o755 })
  await writeFile(join(dir, 'LICENSE'), 'Copyright (c) Electron contributors (stub)\n')
  await writeFile(join(dir, 'version'), electronVersion)
  // A real asar: electron-builder hashes every asar in resources/ before the fallback app is dropped.
  const defaultApp = join(workDir, 'default-app')
  await mkdir(defaultApp)
  await writeFile(
    join(defaultApp, 'package.json'),
    '{"name":"electron-default-app","main":"main.js"}',
  )
  await writeFile(join(defaultApp, 'main.js'), '')
  await createPackage(defaultApp, join(dir, 'resources', 'default_app.asar'))
  return dir
}
