import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { join, normalize, sep } from 'node:path'
import { WEB_CONTENT_SECURITY_POLICY } from '../../data/core/content-security-policy'
import { mimeTypeFor, safeRelativePath } from '../../data/core/static-files'

/**
 * A plain static file server for the web edition, as nginx or IIS would serve it: no server-side
 * logic, GET and HEAD only, nothing outside the folder. `aliases` maps exact URL paths to files
 * elsewhere, as nginx's `alias` does (`npm run web -- --pack FILE` serves another pack).
 */
export function createStaticServer(rootDir: string, aliases: Readonly<Record<string, string>> = {}): Server {
  const root = normalize(rootDir)
  return createServer((request, response) => {
    const headers = {
      'content-security-policy': WEB_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end()
      return
    }
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    const alias = Object.hasOwn(aliases, pathname) ? aliases[pathname] : undefined
    const relativePath = safeRelativePath(pathname)
    const file = alias ?? (relativePath === null ? null : normalize(join(root, relativePath)))
    if (file === null || (alias === undefined && !file.startsWith(root.endsWith(sep) ? root : root + sep))) {
      response.writeHead(403, headers).end('Forbidden')
      return
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { ...headers, 'content-type': mimeTypeFor(file), 'content-length': body.length })
        response.end(request.method === 'HEAD' ? undefined : body)
      },
      () => response.writeHead(404, headers).end('Not found'),
    )
  })
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
