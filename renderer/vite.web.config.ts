import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { rendererViteConfig } from '../build/renderer-vite'

const PACK_FILE = resolve('data/out/encyclopedia.sqlite')

/** Web edition: the same renderer with the catalog in a worker, plus the pack as a static file. */
export default defineConfig({
  ...rendererViteConfig('web'),
  plugins: [...(rendererViteConfig('web').plugins ?? []), emitPack()],
  build: {
    ...rendererViteConfig('web').build,
    outDir: resolve('out/web'),
    emptyOutDir: true,
  },
})

/** Copies the built pack to pack/encyclopedia.sqlite, where the worker fetches it. */
function emitPack(): Plugin {
  return {
    name: 'apec:emit-pack',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'pack/encyclopedia.sqlite', source: readFileSync(PACK_FILE) })
    },
  }
}
