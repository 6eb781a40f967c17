import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTcpServer, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

/**
 * Electron's real installer, run against mirrors on 127.0.0.1. The package's files are copied into
 * the project tree (so `require('@electron/get')` resolves up to the project's node_modules) and
 * the real node_modules/electron is never written.
 */

export const REAL_ELECTRON_DIR = join(PROJECT_ROOT, 'node_modules', 'electron')
const PACKAGE_FILES = ['package.json', 'index.js', 'install.js', 'checksums.json', 'cli.js']

export interface ElectronCopy {
  electronDir: string
  cacheDir: string
  /** process.env without any Electron setting of the machine's, plus this copy's cache. */
  env: (extra: Record<string, string>) => Record<string, string | undefined>
}

export function copyElectronPackage(
  caseName: string,
  checksums?: Record<string, string>,
): ElectronCopy {
  const root = join(PROJECT_ROOT, 'tests', '.artifacts', 'electron-install', caseName)
  rmSync(root, { recursive: true, force: true })
  const electronDir = join(root, 'node_modules', 'electron')
  const cacheDir = join(root, 'cache')
  mkdirSync(electronDir, { recursive: true })
  mkdirSync(cacheDir)
  for (const file of PACKAGE_FILES)
    copyFileSync(join(REAL_ELECTRON_DIR, file), join(electronDir, file))
  if (checksums) writeFileSync(join(electronDir, 'checksums.json'), JSON.stringify(checksums))
  return {
    electronDir,
    cacheDir,
    env(extra) {
      const env: Record<string, string | undefined> = {}
      for (const [key, value] of Object.entries(process.env)) {
        if (!/electron/i.test(key)) env[key] = value
      }
      return { ...env, electron_config_cache: cacheDir, ...extra }
    },
  }
}

export interface Mirror {
  url: string
  host: string
  close: () => Promise<void>
}

async function listening(
  server: Server | ReturnType<typeof createServer>,
  sockets: Set<Socket>,
): Promise<Mirror> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  const host = `127.0.0.1:${address.port}`
  return {
    url: `http://${host}/`,
    host,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

export function httpMirror(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<Mirror> {
  return listening(createServer(handler), new Set())
}

/** Accepts connections and never says a word. */
export function silentMirror(): Promise<Mirror> {
  return listening(
    createTcpServer(() => undefined),
    new Set(),
  )
}

/** A port nothing listens on: connecting is refused at once. */
export async function refusingMirror(): Promise<Mirror> {
  const mirror = await silentMirror()
  await mirror.close()
  return mirror
}

/** Serves `body` in `chunks` pieces, `everyMs` apart; `stopAfter` pieces then holds the connection open. */
export function slowBody(body: Buffer, chunks: number, everyMs: number, stopAfter = chunks) {
  return (_request: IncomingMessage, response: ServerResponse): void => {
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(body.length),
    })
    const size = Math.ceil(body.length / chunks)
    let sent = 0
    const timer = setInterval(() => {
      if (response.destroyed || sent >= stopAfter) {
        clearInterval(timer)
        return
      }
      response.write(body.subarray(sent * size, (sent + 1) * size))
      sent++
      if (sent * size >= body.length) {
        clearInterval(timer)
        response.end()
      }
    }, everyMs)
    response.once('close', () => clearInterval(timer))
  }
}

/** What must never reach a user: stack frames and raw error dumps. */
export function stackTraceLines(output: string): string[] {
  return output
    .split('\n')
    .filter(
      (line) =>
        /^\s+at\s/.test(line) || /\b[A-Z][A-Za-z]*Error:/.test(line) || /^Error:/.test(line),
    )
}
