/**
 * Follows Electron's download from outside, one observation per tick: how many bytes sit in the
 * installer's temporary folder, and whether it has started writing dist/.
 *
 * A download that keeps growing is never stopped, however slow. Two limits end the hopeless
 * cases: no first byte within `firstByteMs` (no network, a firewall that drops packets, a server
 * that accepts and never answers), and no new byte for `stallMs` once bytes have come.
 */

export interface DownloadLimits {
  firstByteMs: number
  stallMs: number
}

export interface DownloadObservation {
  now: number
  /** Bytes in the installer's temporary folder (the partial zip). */
  bytes: number
  /** The installer has started writing node_modules/electron/dist (extracting). */
  extracting: boolean
}

export type DownloadState =
  | { phase: 'waiting'; startedAt: number }
  | { phase: 'downloading'; bytes: number; lastGrowthAt: number }
  /** Download done (the zip moved to the cache) or served from the cache: checking and unzipping. */
  | { phase: 'finishing'; bytes: number }

export type DownloadTimeout = { kind: 'no-first-byte' | 'stalled'; afterMs: number }

export function startWatch(now: number): DownloadState {
  return { phase: 'waiting', startedAt: now }
}

export function observeDownload(
  state: DownloadState,
  seen: DownloadObservation,
  limits: DownloadLimits,
): { state: DownloadState; timeout: DownloadTimeout | null } {
  switch (state.phase) {
    case 'waiting':
      if (seen.extracting) return { state: { phase: 'finishing', bytes: 0 }, timeout: null }
      if (seen.bytes > 0)
        return {
          state: { phase: 'downloading', bytes: seen.bytes, lastGrowthAt: seen.now },
          timeout: null,
        }
      if (seen.now - state.startedAt >= limits.firstByteMs) {
        return { state, timeout: { kind: 'no-first-byte', afterMs: limits.firstByteMs } }
      }
      return { state, timeout: null }
    case 'downloading':
      // The finished zip leaves the temporary folder for the cache; then it is checked and unzipped,
      // which makes no network traffic and must not count as a stall.
      if (seen.extracting || seen.bytes === 0)
        return { state: { phase: 'finishing', bytes: state.bytes }, timeout: null }
      if (seen.bytes > state.bytes) {
        return {
          state: { phase: 'downloading', bytes: seen.bytes, lastGrowthAt: seen.now },
          timeout: null,
        }
      }
      if (seen.now - state.lastGrowthAt >= limits.stallMs) {
        return { state, timeout: { kind: 'stalled', afterMs: limits.stallMs } }
      }
      return { state, timeout: null }
    case 'finishing':
      return { state, timeout: null }
  }
}
