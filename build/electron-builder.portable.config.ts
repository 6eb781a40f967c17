import type { Configuration } from 'electron-builder'
import { PORTABLE_MARKER_FILE } from '../electron/main/portable-mode'
import { desktopConfig, EXECUTABLE_NAME } from './electron-builder.config'

/**
 * The Windows portable zip: the desktop build plus the marker file beside the executable that makes
 * the app keep its data next to it. electron-builder has no per-target files, so the zip is its
 * own build (build/dist.ts runs it after the installers).
 */
export const portableConfig = {
  ...desktopConfig,
  win: {
    ...desktopConfig.win,
    target: [{ target: 'zip', arch: ['x64'] }],
    artifactName: `${EXECUTABLE_NAME}-\${version}-portable-\${arch}.\${ext}`,
  },
  extraFiles: [{ from: `build/portable/${PORTABLE_MARKER_FILE}`, to: PORTABLE_MARKER_FILE }],
} satisfies Configuration

export default portableConfig
