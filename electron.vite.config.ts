import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererViteConfig } from './build/renderer-vite'

/**
 * Desktop build: explicit entries for main (and the worker thread that checks a pack the user
 * opens), the sandboxed (CommonJS) preload, and the renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'pack-check-worker': resolve('electron/main/pack/pack-check-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    ...rendererViteConfig('electron'),
    build: {
      ...rendererViteConfig('electron').build,
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
})
