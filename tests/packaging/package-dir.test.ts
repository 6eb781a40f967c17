import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { extractAll, listPackage } from '@electron/asar'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import type initSqlJs from 'sql.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXECUTABLE_NAME } from '../../build/electron-builder.config'
import { openCatalog } from '../../data/core/open-catalog'
import { resolveAppPaths } from '../../electron/main/app-paths'
import { ELECTRON_DEFAULT_FUSES, writeStubElectronDist } from './stub-electron-dist'

/**
 * `electron-builder --dir` for Linux x64 with the real configuration, on a stub Electron (these
 * machines cannot download one): what lands in the package is what an installer would install.
 * One build, shared by every check below.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const builtApp = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']
const shippedPack = join(root, 'data', 'out', 'encyclopedia.sqlite')
const projectRequire = createRequire(join(root, 'package.json'))

let work: string
let unpacked: string
let asarPath: string
/** Entries of app.asar, relative and with forward slashes: `out/main/index.js`. */
let asarEntries: string[]
let extracted: string

/** Files under a folder, relative to `from`, with forward slashes. */
function filesUnder(dir: string, from: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

beforeAll(async () => {
  const missing = [...builtApp, 'data/out/encyclopedia.sqlite'].filter(
    (file) => !existsSync(join(root, file)),
  )
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.join(', ')}: run \`npm run -s data:build && npm run -s build\` before this test (npm test does).`,
    )
  }
  work = await mkdtemp(join(tmpdir(), 'apec-package-'))
  const electronVersion: string = projectRequire('electron/package.json').version
  const electronDist = await writeStubElectronDist(work, electronVersion)
  await promisify(execFile)(
    process.execPath,
    [
      projectRequire.resolve('electron-builder/cli.js'),
      '--config',
      'build/electron-builder.config.ts',
      '--linux',
      '--x64',
      '--dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  )
  unpacked = join(work, 'dist', 'linux-unpacked')
  asarPath = join(unpacked, 'resources', 'app.asar')
  asarEntries = listPackage(asarPath, { isPack: false }).map((entry) =>
    entry.split(/[\\/]/).filter(Boolean).join('/'),
  )
  extracted = join(work, 'app')
  extractAll(asarPath, extracted)
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('packaged app (electron-builder --dir, Linux x64)', () => {
  it('is our executable with one asar, the pack beside it, and no fallback app or updater', async () => {
    expect(existsSync(join(unpacked, EXECUTABLE_NAME))).toBe(true)
    expect((await readdir(join(unpacked, 'resources'))).sort()).toEqual([
      'app.asar',
      'encyclopedia.sqlite',
    ])
    expect(
      filesUnder(unpacked, unpacked).filter((file) => file.endsWith('app-update.yml')),
    ).toEqual([])
  })

  it('holds at its top level only the built app, package.json and the runtime dependencies', () => {
    const topLevel = asarEntries.filter((entry) => !entry.includes('/'))
    expect(topLevel.sort()).toEqual(['node_modules', 'out', 'package.json'])
  })

  it('contains exactly the files electron-vite built, without source maps', () => {
    const built = ['main', 'preload', 'renderer']
      .flatMap((dir) => filesUnder(join(root, 'out', dir), root))
      .filter((file) => !file.endsWith('.map'))
    const packedApp = filesUnder(join(extracted, 'out'), extracted)
    expect(packedApp.sort()).toEqual(built.sort())
    expect(packedApp).toEqual(expect.arrayContaining(builtApp))
  })

  it('carries no sources, tests, fixtures, maps or dev dependencies', () => {
    const forbidden = asarEntries.filter(
      (entry) =>
        /^(data|tests|electron|renderer|build|out\/tsc)(\/|$)/.test(entry) ||
        /\.(map|ts|tsx|cts|mts)$/.test(entry) ||
        /(^|\/)(src|test|tests|__tests__|fixtures)(\/|$)/.test(entry),
    )
    expect(forbidden).toEqual([])
    const packages = asarEntries.filter((entry) => /^node_modules\/[^/]+$/.test(entry))
    const runtimeDependencies = Object.keys(projectRequire('./package.json').dependencies)
    expect(packages.map((entry) => entry.slice('node_modules/'.length)).sort()).toEqual(
      runtimeDependencies.sort(),
    )
  })

  it('resolves every module the main process requires from inside the asar', async () => {
    // index.js, the pack-check worker and their shared chunks.
    const bundles = filesUnder(join(extracted, 'out', 'main'), extracted).filter((file) =>
      file.endsWith('.js'),
    )
    const packages = new Set<string>()
    for (const bundle of bundles) {
      const path = join(extracted, bundle)
      const requireFromBundle = createRequire(path)
      const source = await readFile(path, 'utf8')
      for (const [, name = ''] of source.matchAll(/require\("([^"]+)"\)/g)) {
        if (name === 'electron' || name.startsWith('node:')) continue
        const resolved = relative(extracted, requireFromBundle.resolve(name))
        expect(resolved.startsWith('..'), `${bundle} requires ${name}`).toBe(false)
        if (!name.startsWith('.')) packages.add(name.split('/')[0] ?? name)
      }
    }
    // Exactly the declared runtime dependencies: none missing, none shipped unused.
    const runtimeDependencies = Object.keys(projectRequire('./package.json').dependencies)
    expect([...packages].sort()).toEqual(runtimeDependencies.sort())
  })

  it("opens the shipped pack with the asar's own sql.js and WASM, as the packaged main does", async () => {
    const requireFromMain = createRequire(join(extracted, 'out', 'main', 'index.js'))
    const initPackagedSqlJs: typeof initSqlJs = requireFromMain('sql.js')
    const SQL = await initPackagedSqlJs({
      locateFile: (file) => requireFromMain.resolve(`sql.js/dist/${file}`),
    })
    const packPath = resolveAppPaths({
      mainDir: join(asarPath, 'out', 'main'),
      appPath: asarPath,
      resourcesPath: join(unpacked, 'resources'),
      packaged: true,
    }).pack
    const bytes = new Uint8Array(await readFile(packPath))
    expect(Buffer.from(bytes).equals(await readFile(shippedPack))).toBe(true)
    const opened = openCatalog(bytes, (data) => new SQL.Database(data))
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value.listEntries().length).toBeGreaterThan(0)
    opened.value.close()
  })

  it('reads back the fuses the configuration sets; the others keep Electron defaults', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, EXECUTABLE_NAME))
    const state = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE)
    expect(wire).toEqual({
      version: '1',
      [FuseV1Options.RunAsNode]: FuseState.DISABLE,
      [FuseV1Options.EnableCookieEncryption]: FuseState.ENABLE,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.DISABLE,
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.DISABLE,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.ENABLE,
      [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.ENABLE,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.DISABLE,
      [FuseV1Options.WasmTrapHandlers]: state(
        ELECTRON_DEFAULT_FUSES[FuseV1Options.WasmTrapHandlers],
      ),
    })
  })
})
