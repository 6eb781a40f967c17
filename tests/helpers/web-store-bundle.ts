import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { build, type Rolldown } from 'vite'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import type * as Entry from './web-store-bundle-entry'

/** What the bundled script puts on `window.libraryUnderTest`: the web edition's real store and two library operations. */
export type LibraryUnderTest = typeof Entry

let script: Promise<string> | undefined

/**
 * The web edition's IndexedDB library store, bundled on its own, so a test can run two copies of it
 * (two connections, as two tabs have) in one page of the app's origin and start their saves at the
 * same moment, which clicking through the UI cannot guarantee.
 */
export function libraryStoreScript(): Promise<string> {
  script ??= build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: join(PROJECT_ROOT, 'tests', 'helpers', 'web-store-bundle-entry.ts'), formats: ['iife'], name: 'libraryUnderTest' } },
  }).then((result) => {
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
    const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk')
    if (!chunk || chunk.type !== 'chunk') throw new Error('the library store did not bundle')
    return chunk.code
  })
  return script
}

/**
 * Adds the bundled store to a page (already at the web edition's origin). The app's CSP refuses
 * inline scripts, rightly; a DevTools evaluation is not subject to it.
 */
export async function addLibraryStore(page: Page): Promise<void> {
  await page.evaluate(`${await libraryStoreScript()}\nwindow.libraryUnderTest = libraryUnderTest`)
}
