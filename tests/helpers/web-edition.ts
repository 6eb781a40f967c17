import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createStaticServer, listen } from '../../build/web/static-server'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

export const WEB_DIR = join(PROJECT_ROOT, 'out', 'web')

export interface RunningServer {
  origin: string
  close(): Promise<void>
}

/** Serves a built web edition folder on 127.0.0.1 at a free port. */
export async function serveWebEdition(directory = WEB_DIR): Promise<RunningServer> {
  if (!existsSync(join(directory, 'index.html'))) {
    throw new Error(`${directory} has no web edition: run "npm run build:web" first (npm test does)`)
  }
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
