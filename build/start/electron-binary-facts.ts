import { accessSync, constants, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BinaryFile, ElectronFacts, ExplicitBinary } from './electron-binary-state'

/** Reads from disk what decideElectronBinary needs; no decisions here. */

type Environment = Record<string, string | undefined>

/** The executable inside an Electron release for a platform, as install.js's getPlatformPath. */
export function platformPathFor(platform: string): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  // linux, freebsd, openbsd; install.js itself reports any platform Electron is not built for.
  return 'electron'
}

/** The platform install.js downloads for: it honours these overrides, so we must too. */
export function installPlatform(env: Environment): string {
  return env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

export function inspectBinaryFile(path: string, platform = process.platform): BinaryFile {
  let stats
  try {
    stats = statSync(path)
  } catch {
    return { kind: 'absent' }
  }
  if (!stats.isFile()) return { kind: 'not-a-file' }
  let executable = true
  // Windows has no execute bit: an .exe that exists is runnable as far as a file check can tell.
  if (platform !== 'win32') {
    try {
      accessSync(path, constants.X_OK)
    } catch {
      executable = false
    }
  }
  return { kind: 'file', size: stats.size, executable }
}

function explicitBinary(env: Environment, platformPath: string): ExplicitBinary | null {
  // electron-vite runs ELECTRON_EXEC_PATH when it is set, so it comes first.
  const execPath = env.ELECTRON_EXEC_PATH
  if (execPath) {
    const binaryPath = resolve(execPath)
    return {
      variable: 'ELECTRON_EXEC_PATH',
      value: execPath,
      binaryPath,
      binary: inspectBinaryFile(binaryPath),
      version: null,
    }
  }
  const distPath = env.ELECTRON_OVERRIDE_DIST_PATH
  if (distPath) {
    const binaryPath = resolve(distPath, platformPath)
    return {
      variable: 'ELECTRON_OVERRIDE_DIST_PATH',
      value: distPath,
      binaryPath,
      binary: inspectBinaryFile(binaryPath),
      version: readText(join(distPath, 'version')),
    }
  }
  return null
}

export function readElectronVersion(electronDir: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  ) {
    return manifest.version
  }
  throw new Error(`${join(electronDir, 'package.json')}: no version`)
}

export function gatherElectronFacts(electronDir: string, env: Environment): ElectronFacts {
  const platformPath = platformPathFor(installPlatform(env))
  const installedBinaryPath = join(electronDir, 'dist', platformPath)
  return {
    expectedVersion: readElectronVersion(electronDir),
    platformPath,
    pathFile: readText(join(electronDir, 'path.txt')),
    distVersion: readText(join(electronDir, 'dist', 'version')),
    installedBinaryPath,
    installedBinary: inspectBinaryFile(installedBinaryPath),
    explicit: explicitBinary(env, platformPath),
  }
}
