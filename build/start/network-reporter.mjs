// Loaded with `node --import` into Electron's own installer (install.js) by install-runner.ts.
// install.js prints only `err.stack`, and for a network failure that is "TypeError: fetch failed"
// without its cause. Node's fetch (undici) publishes each request and error on documented
// diagnostics channels; this reports them on stderr, one marked JSON line each, so the launcher
// can say "connection refused by 127.0.0.1:8080" or "DNS lookup failed for github.com".
// Plain JavaScript: it runs inside the installer's process, where there is no TypeScript loader.
import { subscribe } from 'node:diagnostics_channel'
import process from 'node:process'

// The same marker is NETWORK_EVENT_PREFIX in install-failure.ts.
const NETWORK_EVENT_PREFIX = '@bach-khoa-apec/network '

function report(event) {
  try {
    process.stderr.write(NETWORK_EVENT_PREFIX + JSON.stringify(event) + '\n')
  } catch {
    // Reporting is best effort: never disturb the installer.
  }
}

function errorFields(error) {
  return {
    code: error && typeof error.code === 'string' ? error.code : null,
    message: error && typeof error.message === 'string' ? error.message : String(error),
  }
}

subscribe('undici:request:create', ({ request }) => {
  report({ event: 'request', origin: String(request.origin), path: String(request.path) })
})

subscribe('undici:request:headers', ({ request, response }) => {
  report({ event: 'response', origin: String(request.origin), status: response.statusCode })
})

subscribe('undici:client:connectError', ({ connectParams, error }) => {
  const origin = `${connectParams.protocol}//${connectParams.host}`
  report({ event: 'error', origin, ...errorFields(error) })
})

subscribe('undici:request:error', ({ request, error }) => {
  report({ event: 'error', origin: String(request.origin), ...errorFields(error) })
})
