import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build, Platform } from 'electron-builder'
import { distBuilds, distPlatformOf, type DistPlatform } from './dist-plan'

/** `npm run dist [-- win|linux|mac]`: the installers for this platform, or the one named, in dist/. */
const platforms: Record<DistPlatform, Platform> = {
  win: Platform.WINDOWS,
  linux: Platform.LINUX,
  mac: Platform.MAC,
}

function isDistPlatform(name: string): name is DistPlatform {
  return Object.hasOwn(platforms, name)
}

async function main(): Promise<void> {
  const host = distPlatformOf(process.platform)
  const target = process.argv[2] ?? host
  if (!isDistPlatform(target))
    throw new Error(`Nền tảng không hợp lệ: ${target} (win, linux hoặc mac)`)
  const localElectronDist = resolve('node_modules', 'electron', 'dist')
  const hasLocalElectron = existsSync(localElectronDist)
  if (target !== host || !hasLocalElectron) {
    console.warn(
      `Electron cho ${target} không có sẵn trong node_modules: electron-builder sẽ tải về (cần mạng).`,
    )
  }
  const configs = distBuilds(target, {
    host,
    localElectronDist: hasLocalElectron ? localElectronDist : null,
  })
  for (const config of configs) {
    await build({ targets: platforms[target].createTarget(), config, publish: 'never' })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
