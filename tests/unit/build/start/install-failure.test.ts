import { describe, expect, it } from 'vitest'
import {
  classifyInstallFailure,
  NETWORK_EVENT_PREFIX,
} from '../../../../build/start/install-failure'
import { installFailureMessage } from '../../../../build/start/messages'
import { stackTraceLines } from '../../../helpers/electron-install'

// stderr as Electron 45's install.js writes it (err.stack), plus network-reporter.mjs's lines.
const FETCH_FAILED = [
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:14976:13',
  '    at async FetchDownloader.download (file:///p/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
].join('\n')

function event(fields: Record<string, unknown>): string {
  return NETWORK_EVENT_PREFIX + JSON.stringify(fields)
}

function classify(stderr: string) {
  return classifyInstallFailure({ stderr, timeout: null, exitCode: 1, signal: null })
}

function request(origin: string): string {
  return event({
    event: 'request',
    origin,
    path: '/electron/electron/releases/download/v45.4.1/electron-v45.4.1-linux-x64.zip',
  })
}

function networkError(origin: string, code: string, message: string): string {
  return [request(origin), event({ event: 'error', origin, code, message }), FETCH_FAILED].join(
    '\n',
  )
}

describe('why the installer failed', () => {
  it('no DNS (this machine, github.com)', () => {
    expect(
      classify(networkError('https://github.com', 'ENOTFOUND', 'getaddrinfo ENOTFOUND github.com')),
    ).toEqual({
      kind: 'dns',
      host: 'github.com',
      code: 'ENOTFOUND',
    })
  })

  it('a refused connection names host and port', () => {
    expect(
      classify(
        networkError('http://10.0.0.5:8080', 'ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:8080'),
      ),
    ).toEqual({
      kind: 'refused',
      host: '10.0.0.5:8080',
    })
  })

  it('a proxy re-signing TLS: an untrusted certificate', () => {
    expect(
      classify(
        networkError(
          'https://github.com',
          'SELF_SIGNED_CERT_IN_CHAIN',
          'self-signed certificate in certificate chain',
        ),
      ),
    ).toEqual({
      kind: 'tls',
      host: 'github.com',
      code: 'SELF_SIGNED_CERT_IN_CHAIN',
    })
  })

  it('a firewall that cuts the connection, an unreachable network, a connect timeout', () => {
    expect(classify(networkError('https://github.com', 'ECONNRESET', 'read ECONNRESET')).kind).toBe(
      'reset',
    )
    expect(
      classify(networkError('https://github.com', 'ENETUNREACH', 'connect ENETUNREACH')).kind,
    ).toBe('unreachable')
    expect(
      classify(
        networkError('https://github.com', 'UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error'),
      ).kind,
    ).toBe('connect-timeout')
  })

  it('the failing host after a redirect is the one named', () => {
    const stderr = [
      request('https://github.com'),
      event({ event: 'response', origin: 'https://github.com', status: 302 }),
      networkError('https://release-assets.githubusercontent.com', 'ECONNRESET', 'read ECONNRESET'),
    ].join('\n')
    expect(classify(stderr)).toEqual({
      kind: 'reset',
      host: 'release-assets.githubusercontent.com',
    })
  })

  it('behind a proxy that refuses, the proxy is named, not the site asked for through it', () => {
    // As observed with ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY at a closed port.
    const proxy = 'http://127.0.0.1:45998'
    const refused = 'connect ECONNREFUSED 127.0.0.1:45998'
    const stderr = [
      request('https://github.com'),
      event({ event: 'request', origin: proxy, path: 'github.com:443' }),
      event({ event: 'error', origin: proxy, code: 'ECONNREFUSED', message: refused }),
      event({
        event: 'error',
        origin: 'https://github.com',
        code: 'ECONNREFUSED',
        message: refused,
      }),
      FETCH_FAILED,
    ].join('\n')
    expect(classify(stderr)).toEqual({ kind: 'refused', host: 'proxy 127.0.0.1:45998' })
  })

  it('a checksum mismatch', () => {
    const stderr =
      'Error: Generated checksum for "electron-v45.4.1-win32-x64.zip" did not match expected checksum.\n    at Hash.<anonymous> (/p/node_modules/sumchecker/index.js:133:20)'
    expect(classify(stderr)).toEqual({ kind: 'checksum', file: 'electron-v45.4.1-win32-x64.zip' })
  })

  it('an HTTP error: a proxy asking for credentials', () => {
    const stderr =
      'HTTPError: Response code 407 (Proxy Authentication Required) for https://github.com/x.zip\n    at FetchDownloader.download (file:///p/x.js:48:23)'
    expect(classify(stderr)).toEqual({
      kind: 'http',
      status: 407,
      statusText: 'Proxy Authentication Required',
      url: 'https://github.com/x.zip',
    })
  })

  it('an error install.js throws before downloading keeps its message and loses its trace', () => {
    const stderr = [
      '/p/node_modules/electron/install.js:123',
      "      throw new Error('Electron builds are not available on platform: ' + platform);",
      '      ^',
      '',
      'Error: Electron builds are not available on platform: aix',
      '    at getPlatformPath (/p/node_modules/electron/install.js:123:13)',
    ].join('\n')
    expect(classify(stderr)).toEqual({
      kind: 'installer',
      detail: 'Electron builds are not available on platform: aix',
    })
  })

  it('our own timeouts name the host last asked', () => {
    const stderr = request('http://10.1.1.1:3128')
    expect(
      classifyInstallFailure({
        stderr,
        timeout: { kind: 'no-first-byte', afterMs: 30_000 },
        exitCode: null,
        signal: 'SIGTERM',
      }),
    ).toEqual({
      kind: 'no-first-byte',
      host: '10.1.1.1:3128',
      seconds: 30,
    })
  })

  it('a torn or foreign marker line is ignored, not fatal', () => {
    const stderr = [
      `${NETWORK_EVENT_PREFIX}{"event":"err`,
      `${NETWORK_EVENT_PREFIX}{"event":"other"}`,
      FETCH_FAILED,
    ].join('\n')
    expect(classify(stderr)).toEqual({ kind: 'installer', detail: 'fetch failed' })
  })

  it('the message never carries the trace it was read from', () => {
    const failure = classify(
      networkError('https://github.com', 'ENOTFOUND', 'getaddrinfo ENOTFOUND github.com'),
    )
    const message = installFailureMessage('45.4.1', failure)
    expect(stackTraceLines(message)).toEqual([])
    expect(message.split('\n').at(-1)).toBe(
      'Electron 45.4.1 download failed: DNS lookup failed for github.com (ENOTFOUND).',
    )
  })
})
