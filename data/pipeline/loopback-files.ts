import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.sqlite': 'application/vnd.sqlite3',
}

/**
 * The built web edition served to the CLI's own headless Chromium on 127.0.0.1 and a port the
 * system picks, for one export, with `packPath` as its data pack. Only GET of files under `root`;
 * the containment check stops `..` escaping it.
 */
export async function serveFilesOnLoopback(root: string, packPath: string): Promise<{ origin: string; close(): void }> {
  const base = normalize(root + sep)
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = path === '/pack/encyclopedia.sqlite' ? packPath : normalize(join(base, path === '/' ? 'index.html' : path))
    if (request.method !== 'GET' || (file !== packPath && !file.startsWith(base))) {
      response.writeHead(404).end()
      return
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) return void response.writeHead(404).end()
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': info.size })
        createReadStream(file).pipe(response)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() }
}
