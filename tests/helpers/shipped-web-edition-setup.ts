import type { TestProject } from 'vitest/node'
import { startNginx } from './nginx'
import { assertWebEditionBuilt, WEB_DIR } from './web-edition'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where nginx serves the shipped web edition (out/web) for every browser test file. */
    shippedWebEditionOrigin: string
  }
}

/**
 * globalSetup of the browser project (vitest calls `setup` and then what it returns): ONE nginx, with the shipped build/web/nginx.conf, serves
 * out/web to every test file that uses the shipped edition (openWebSession), started once for the
 * whole suite. Tests that need another folder (a bad pack, the desktop renderer) serve their copy
 * with the Node server (serveWebEdition).
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertWebEditionBuilt(WEB_DIR)
  const nginx = await startNginx(WEB_DIR)
  project.provide('shippedWebEditionOrigin', nginx.origin)
  process.stdout.write(`browser suite: nginx (build/web/nginx.conf) serves out/web at ${nginx.origin}\n`)
  return () => nginx.close()
}
