import { z } from 'zod'
import type { DownloadTimeout } from './download-watch'

/**
 * Why Electron's installer failed, read from what it left behind: its stderr (a stack trace we
 * never show), the network events network-reporter.mjs added to it, and our own timeout. Pure.
 */

/** Marks network-reporter.mjs's lines on the installer's stderr (the same string is there). */
export const NETWORK_EVENT_PREFIX = '@bach-khoa-apec/network '

const networkEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('request'), origin: z.string(), path: z.string() }),
  z.object({ event: z.literal('response'), origin: z.string(), status: z.number() }),
  z.object({
    event: z.literal('error'),
    origin: z.string(),
    code: z.string().nullable(),
    message: z.string(),
  }),
])
export type NetworkEvent = z.infer<typeof networkEventSchema>

export type InstallFailure =
  | { kind: 'dns'; host: string; code: string }
  | { kind: 'refused'; host: string }
  | { kind: 'reset'; host: string }
  | { kind: 'unreachable'; host: string; code: string }
  | { kind: 'connect-timeout'; host: string }
  | { kind: 'tls'; host: string; code: string }
  | { kind: 'network'; host: string; code: string | null; message: string }
  | { kind: 'http'; status: number; statusText: string; url: string }
  | { kind: 'checksum'; file: string }
  | { kind: 'no-first-byte'; host: string | null; seconds: number }
  | { kind: 'stalled'; host: string | null; seconds: number }
  /** Any other error install.js reported (one line, its message only). */
  | { kind: 'installer'; detail: string }

export interface InstallerExit {
  stderr: string
  timeout: DownloadTimeout | null
  exitCode: number | null
  signal: string | null
}

export function parseInstallerOutput(stderr: string): { events: NetworkEvent[]; lines: string[] } {
  const events: NetworkEvent[] = []
  const lines: string[] = []
  for (const line of stderr.split(/\r?\n/)) {
    if (!line.startsWith(NETWORK_EVENT_PREFIX)) {
      lines.push(line)
      continue
    }
    try {
      const parsed = networkEventSchema.safeParse(
        JSON.parse(line.slice(NETWORK_EVENT_PREFIX.length)),
      )
      if (parsed.success) events.push(parsed.data)
    } catch {
      // A torn line is not worth failing over; the other events still tell the story.
    }
  }
  return { events, lines }
}

export function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin
  } catch {
    return origin
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME'])
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'])
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN'])
const CONNECT_TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT'])

function isTlsCode(code: string): boolean {
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS|ERR_SSL/.test(code)
}

function fromNetworkError(
  event: Extract<NetworkEvent, { event: 'error' }>,
  host: string,
): InstallFailure {
  const code = event.code
  if (code === null) return { kind: 'network', host, code, message: event.message }
  if (DNS_CODES.has(code)) return { kind: 'dns', host, code }
  if (code === 'ECONNREFUSED') return { kind: 'refused', host }
  if (RESET_CODES.has(code)) return { kind: 'reset', host }
  if (UNREACHABLE_CODES.has(code)) return { kind: 'unreachable', host, code }
  if (CONNECT_TIMEOUT_CODES.has(code)) return { kind: 'connect-timeout', host }
  if (isTlsCode(code)) return { kind: 'tls', host, code }
  return { kind: 'network', host, code, message: event.message }
}

/** `TypeError: fetch failed`, `HTTPError: Response code 404 ...`: the first such line of a trace. */
function firstErrorLine(lines: readonly string[]): { name: string; message: string } | null {
  for (const line of lines) {
    const match = /^([A-Za-z]*Error): (.+)$/.exec(line.trim())
    if (match?.[1] && match[2]) return { name: match[1], message: match[2] }
  }
  return null
}

export function classifyInstallFailure(exit: InstallerExit): InstallFailure {
  const { events, lines } = parseInstallerOutput(exit.stderr)
  // A request for "host:443" rather than a path is a CONNECT: that origin is a proxy.
  const proxies = new Set(
    events.flatMap((event) =>
      event.event === 'request' && !event.path.startsWith('/') ? [event.origin] : [],
    ),
  )
  const label = (origin: string): string =>
    proxies.has(origin) ? `proxy ${hostOf(origin)}` : hostOf(origin)

  if (exit.timeout) {
    const lastRequest = events.filter((event) => event.event === 'request').at(-1)
    const seconds = Math.round(exit.timeout.afterMs / 1000)
    return {
      kind: exit.timeout.kind,
      host: lastRequest ? label(lastRequest.origin) : null,
      seconds,
    }
  }

  const error = firstErrorLine(lines)
  if (error?.message.includes('did not match expected checksum')) {
    return { kind: 'checksum', file: /"([^"]+)"/.exec(error.message)?.[1] ?? 'electron' }
  }
  const http = error ? /^Response code (\d+) \((.*)\) for (\S+)$/.exec(error.message) : null
  if (http?.[1] && http[3])
    return { kind: 'http', status: Number(http[1]), statusText: http[2] ?? '', url: http[3] }

  // The first error is the root one: behind a proxy the proxy's refusal comes first, then the same
  // error again for the site asked for through it.
  const networkError = events.find((event) => event.event === 'error')
  if (networkError?.event === 'error')
    return fromNetworkError(networkError, label(networkError.origin))

  if (error) return { kind: 'installer', detail: error.message.slice(0, 300) }
  const ending = exit.signal
    ? `stopped by ${exit.signal}`
    : `exit code ${exit.exitCode ?? 'unknown'}`
  return { kind: 'installer', detail: ending }
}
