import { dirname, join } from 'node:path'

/** The file the Windows portable zip carries next to the executable (build/portable/). */
export const PORTABLE_MARKER_FILE = 'bach-khoa-apec.portable'

/** A portable copy's user data folder, next to the executable. */
export const PORTABLE_DATA_DIR = 'data'

/**
 * Where a portable copy keeps its user data: in a folder next to the executable, so the library
 * travels with the copy and nothing is written to the user's profile. Null for an installed app
 * (no marker beside it) and in development, where the executable is node_modules' Electron.
 */
export function portableUserDataDir(options: {
  execPath: string
  packaged: boolean
  exists: (path: string) => boolean
}): string | null {
  if (!options.packaged) return null
  const appDir = dirname(options.execPath)
  return options.exists(join(appDir, PORTABLE_MARKER_FILE)) ? join(appDir, PORTABLE_DATA_DIR) : null
}
