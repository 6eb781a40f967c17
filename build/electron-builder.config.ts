import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AfterPackContext, Configuration } from 'electron-builder'
import { SHIPPED_PACK_FILE } from '../electron/main/app-paths'

/** The one ASCII name for files admins type: Windows exe and install folder, Linux command and deb. */
export const EXECUTABLE_NAME = 'bach-khoa-apec'

/**
 * The app's mark (renderer/public/favicon.svg drawn at 1024 px by Chromium); electron-builder makes
 * the .ico and .icns from it.
 */
export const APP_ICON = 'build/icon.png'

/**
 * Electron ships a fallback app that runs when it finds none of ours. A download is cleaned of it
 * by electron-builder, an unpacked `electronDist` (node_modules/electron/dist) is not, so every
 * build drops it here: the only app in the package is ours.
 */
export async function removeElectronDefaultApp(context: {
  appOutDir: string
  packager: Pick<AfterPackContext['packager'], 'getResourcesDir'>
}): Promise<void> {
  const resources = context.packager.getResourcesDir(context.appOutDir)
  await rm(join(resources, 'default_app.asar'), { force: true })
}

/**
 * Packaging for every platform (DESIGN.md section 10); `npm run dist` picks the current one.
 * Windows' portable zip comes from electron-builder.portable.config.ts, which adds its marker file.
 */
export const desktopConfig = {
  appId: 'vn.bachkhoa.apec',
  productName: 'Bách khoa APEC',
  copyright: 'Bách khoa APEC',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app: electron-vite's output (not out/tsc, the type checker's), no maps. The
  // runtime dependencies main requires (sql.js, zod, opencc-js) are added by electron-builder.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    '!**/*.map',
    // Of the runtime dependencies, only what runs: no TypeScript sources, typings or their tests.
    '!node_modules/**/*.{ts,cts,mts}',
    '!node_modules/zod/src/**',
    // Main loads sql.js' Node build (sql-wasm.js + sql-wasm.wasm); its other builds are 30 MB.
    '!node_modules/sql.js/dist/{sql-asm*,worker.*,*-debug*,*-browser*,*-inline*,*.zip}',
    '!node_modules/sql.js/{.devcontainer/**,.jsdoc.config.json,.nojekyll,eslint.config.cjs,logo.svg,*.md}',
    // Search folds Chinese with three of opencc-js' dictionaries (30 kB); its bundled converters
    // and the simplified-to-traditional phrase table are 5 MB that nothing loads.
    '!node_modules/opencc-js/dist/{esm,umd}/**',
    '!node_modules/opencc-js/dist/esm-lib/dict/STPhrases*',
  ],
  asar: true,
  // The pack stays outside the asar so an administrator can replace it (README "Triển khai").
  extraResources: [{ from: 'data/out/encyclopedia.sqlite', to: SHIPPED_PACK_FILE }],
  // No native modules: nothing to rebuild, and no compiler or network needed to package.
  npmRebuild: false,
  nodeGypRebuild: false,
  // No updater: nothing is published and no app-update.yml is written.
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  afterPack: removeElectronDefaultApp,
  win: {
    executableName: EXECUTABLE_NAME,
    icon: APP_ICON,
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
  },
  // Assisted installer with the per-user / per-machine choice. Silent (`/S`) it takes the default,
  // per user and without admin; `/allusers` installs per machine, asking for elevation if needed.
  nsis: {
    oneClick: false,
    perMachine: false,
    selectPerMachineByDefault: false,
    allowElevation: true,
    // The user's library lives in userData; uninstalling must never take it.
    deleteAppDataOnUninstall: false,
    artifactName: `${EXECUTABLE_NAME}-\${version}-setup-\${arch}.\${ext}`,
  },
  // Group Policy and SCCM install per machine, silently (`msiexec /i ... /quiet`).
  msi: {
    oneClick: true,
    perMachine: true,
    artifactName: `${EXECUTABLE_NAME}-\${version}-\${arch}.\${ext}`,
  },
  linux: {
    executableName: EXECUTABLE_NAME,
    icon: APP_ICON,
    target: ['AppImage', 'deb'],
    category: 'Education',
    synopsis: 'Bách khoa toàn thư ngoại tuyến về APEC, ASEAN và ngoại giao khu vực',
    maintainer: 'Nhóm Bách khoa APEC <bach-khoa-apec@example.invalid>',
  },
  appImage: { artifactName: `${EXECUTABLE_NAME}-\${version}-\${arch}.\${ext}` },
  deb: {
    packageName: EXECUTABLE_NAME,
    artifactName: `${EXECUTABLE_NAME}_\${version}_\${arch}.\${ext}`,
  },
  mac: {
    icon: APP_ICON,
    target: ['dmg'],
    category: 'public.app-category.education',
  },
  dmg: { artifactName: `${EXECUTABLE_NAME}-\${version}-\${arch}.\${ext}` },
} satisfies Configuration

export default desktopConfig
