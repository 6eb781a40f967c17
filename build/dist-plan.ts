import type { Configuration } from 'electron-builder'
import { desktopConfig } from './electron-builder.config'
import { portableConfig } from './electron-builder.portable.config'

export type DistPlatform = 'win' | 'linux' | 'mac'

export function distPlatformOf(platform: NodeJS.Platform): DistPlatform {
  if (platform === 'win32') return 'win'
  if (platform === 'darwin') return 'mac'
  return 'linux'
}

/**
 * The electron-builder runs `npm run dist` makes for one platform: Windows' installers, then its
 * portable zip (a build of its own, see electron-builder.portable.config.ts). For the platform it
 * runs on, Electron comes from node_modules (the binary `npm install` fetched and `npm start`
 * runs), so packaging needs no network; for another platform electron-builder downloads it.
 */
export function distBuilds(
  target: DistPlatform,
  options: { host: DistPlatform; localElectronDist: string | null },
): Configuration[] {
  const configs: Configuration[] =
    target === 'win' ? [desktopConfig, portableConfig] : [desktopConfig]
  const electronDist = target === options.host ? options.localElectronDist : null
  return electronDist ? configs.map((config) => ({ ...config, electronDist })) : configs
}
