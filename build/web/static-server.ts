import { constants, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { join, normalize, sep } from 'node:path'
import { pipeline } from 'node:stream'
import { WEB_SECURITY_HEADERS } from '../../data/core/content-security-policy'
import { cacheControlFor, mimeTypeFor, REVALIDATE_CACHE_CONTROL, safeRelativePath } from '../../data/core/static-files'
import { entityTag, isNotModified, lastModified, requestedRange } from './http-caching'

/**
 * A plain static file server for the web edition, as nginx or IIS would serve it: no server-side
 * logic, GET and HEAD only, nothing outside the folder. `aliases` maps exact URL paths to files
 * elsewhere, as nginx's `alias` does (`npm run web -- --pack FILE` serves another pack).
 * Files are streamed, never read whole: fifty browsers fetching a 300 MB pack cost buffers, not
 * fifty copies of the pack.
 */
export function createStaticServer(rootDir: string, aliases: Readonly<Record<string, string>> = {}): Server {
  const root = normalize(rootDir)
  const inside = root.endsWith(sep) ? root : root + sep
  return createServer((request, response) => {
    answer(request, response, root, inside, aliases).catch(() => {
      // Whatever failed, this request ends and the server keeps serving everyone else.
      if (response.headersSent) response.destroy()
      else response.writeHead(500, WEB_SECURITY_HEADERS).end('Internal error')
    })
  })
}

const ALLOWED_METHODS = 'GET, HEAD'

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  inside: string,
  aliases: Readonly<Record<string, string>>,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...WEB_SECURITY_HEADERS, allow: ALLOWED_METHODS }).end()
    return
  }
  const pathname = requestPathname(request.url)
  if (pathname === null) {
    response.writeHead(400, WEB_SECURITY_HEADERS).end('Bad request')
    return
  }
  const alias = Object.hasOwn(aliases, pathname) ? aliases[pathname] : undefined
  const relativePath = safeRelativePath(pathname)
  const file = alias ?? (relativePath === null ? null : normalize(join(root, relativePath)))
  if (file === null || relativePath === null || (alias === undefined && !file.startsWith(inside))) {
    response.writeHead(403, WEB_SECURITY_HEADERS).end('Forbidden')
    return
  }
  const opened = await openRegularFile(file)
  if (opened === null) {
    response.writeHead(404, WEB_SECURITY_HEADERS).end('Not found')
    return
  }
  const cacheControl = alias === undefined ? cacheControlFor(relativePath) : REVALIDATE_CACHE_CONTROL
  await sendFile(request, response, opened, mimeTypeFor(file), cacheControl)
}

/**
 * The path of the request target, or null when it is no URL at all: `GET //[` or `//x:99999/`
 * make `new URL` throw, and one such request must cost a 400, not the server.
 */
function requestPathname(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname
  } catch {
    return null
  }
}

/**
 * Opens without blocking (a FIFO in the folder would otherwise hold a thread until a writer
 * comes) and keeps only regular files; the handle, not the name, is then read, so the file
 * checked is the file sent.
 */
async function openRegularFile(file: string): Promise<{ handle: FileHandle; version: Stats } | null> {
  let handle: FileHandle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch {
    return null
  }
  try {
    const version = await handle.stat()
    if (version.isFile()) return { handle, version }
  } catch {
    // An unreadable entry is answered like a missing one.
  }
  await handle.close()
  return null
}

async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  { handle, version }: { handle: FileHandle; version: Stats },
  contentType: string,
  cacheControl: string,
): Promise<void> {
  const headers = {
    ...WEB_SECURITY_HEADERS,
    'cache-control': cacheControl,
    etag: entityTag(version),
    'last-modified': lastModified(version),
    'accept-ranges': 'bytes',
  }
  if (isNotModified(request.headers, version)) {
    await handle.close()
    response.writeHead(304, headers).end()
    return
  }
  const range = requestedRange(request.headers, version)
  if (range.kind === 'unsatisfiable') {
    await handle.close()
    response.writeHead(416, { ...headers, 'content-range': `bytes */${version.size}` }).end()
    return
  }
  const [start, end] = range.kind === 'part' ? [range.start, range.end] : [0, version.size - 1]
  response.writeHead(range.kind === 'part' ? 206 : 200, {
    ...headers,
    'content-type': contentType,
    'content-length': end - start + 1,
    ...(range.kind === 'part' ? { 'content-range': `bytes ${start}-${end}/${version.size}` } : {}),
  })
  if (request.method === 'HEAD' || end < start) {
    await handle.close()
    response.end()
    return
  }
  // pipeline waits for the client to take each chunk and, when the client goes away, destroys
  // the file stream, which closes the handle: nothing piles up in memory, nothing leaks.
  pipeline(handle.createReadStream({ start, end }), response, () => {})
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}
