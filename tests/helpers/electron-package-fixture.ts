import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { platformPathFor } from '../../build/start/electron-binary-facts'

/** A node_modules/electron folder in any state a machine can leave it in: none, half, broken, whole. */
export interface ElectronPackageState {
  version?: string
  pathFile?: string
  distVersion?: string
  binary?: { content: string; mode: number } | 'directory'
  binaryName?: string
}

export function electronPackageFixture(state: ElectronPackageState): string {
  const electronDir = join(mkdtempSync(join(tmpdir(), 'apec-electron-state-')), 'electron')
  mkdirSync(electronDir)
  writeFileSync(
    join(electronDir, 'package.json'),
    JSON.stringify({ name: 'electron', version: state.version ?? '45.4.1' }),
  )
  if (state.pathFile !== undefined) writeFileSync(join(electronDir, 'path.txt'), state.pathFile)
  if (state.distVersion !== undefined || state.binary !== undefined)
    mkdirSync(join(electronDir, 'dist'))
  if (state.distVersion !== undefined)
    writeFileSync(join(electronDir, 'dist', 'version'), state.distVersion)
  if (state.binary !== undefined)
    writeBinary(join(electronDir, 'dist', state.binaryName ?? PLATFORM_PATH), state.binary)
  return electronDir
}

/** An unpacked Electron release elsewhere on disk, as ELECTRON_OVERRIDE_DIST_PATH names one. */
export function electronReleaseFixture(state: {
  version?: string
  binary?: { content: string; mode: number } | 'directory'
}): string {
  const dir = mkdtempSync(join(tmpdir(), 'apec-electron-release-'))
  if (state.version !== undefined) writeFileSync(join(dir, 'version'), state.version)
  if (state.binary !== undefined) writeBinary(join(dir, PLATFORM_PATH), state.binary)
  return dir
}

/** The executable's place inside a release on this machine: `electron` on Linux. */
export const PLATFORM_PATH = platformPathFor(process.platform)

export const RUNNABLE = { content: '#!/bin/sh\necho stand-in\n', mode: 0o755 }

function writeBinary(path: string, binary: { content: string; mode: number } | 'directory'): void {
  mkdirSync(dirname(path), { recursive: true })
  if (binary === 'directory') {
    mkdirSync(path)
    return
  }
  writeFileSync(path, binary.content)
  chmodSync(path, binary.mode)
}
