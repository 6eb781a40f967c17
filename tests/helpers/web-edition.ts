import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { createStaticServer, listen } from '../../build/web/static-server'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

export const WEB_DIR = join(PROJECT_ROOT, 'out', 'web')

export interface RunningServer {
  origin: string
  close(): Promise<void>
}

export function assertWebEditionBuilt(directory: string): void {
  if (!existsSync(join(directory, 'index.html'))) {
    throw new Error(`${directory} has no web edition: run "npm run build:web" first (npm test does)`)
  }
}

/**
 * The shipped web edition (out/web) as an office serves it: nginx with build/web/nginx.conf,
 * started once for the browser suite (shipped-web-edition-setup.ts). Closing it is the suite's job.
 */
export function shippedWebEdition(): RunningServer {
  return { origin: inject('shippedWebEditionOrigin'), close: async () => {} }
}

/** Serves another web edition folder (a copy with a bad pack...) with `npm run web`'s Node server, at a free port. */
export async function serveWebEdition(directory: string): Promise<RunningServer> {
  assertWebEditionBuilt(directory)
  const server: Server = createStaticServer(directory)
  const port = await listen(server, 0)
  return {
    origin: `http://127.0.0.1:${port}`,
    // A browser keeps connections alive after the page is done; closing them here means a test
    // never waits on a tab it forgot to close.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** A copy of the built web edition whose pack file is replaced, to see how the app handles a bad pack. */
export async function webEditionWithPack(pack: Uint8Array | string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'apec-web-'))
  await cp(WEB_DIR, directory, { recursive: true })
  await writeFile(join(directory, 'pack', 'encyclopedia.sqlite'), pack)
  return directory
}
