/**
 * Is the Electron binary there, and usable? A pure decision over facts gathered from disk
 * (electron-binary-facts.ts), so every case is a unit test.
 *
 * Electron 45 installs with no postinstall: `node_modules/electron/install.js` downloads the binary
 * into `dist/` and writes `path.txt` on first use. electron-vite reads `path.txt` itself, so the
 * launcher must settle this before electron-vite runs.
 */

/** What is at a path that should be the Electron executable. */
export type BinaryFile =
  { kind: 'absent' } | { kind: 'not-a-file' } | { kind: 'file'; size: number; executable: boolean }

/** A binary named explicitly in the environment instead of the downloaded one. */
export interface ExplicitBinary {
  variable: 'ELECTRON_EXEC_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH'
  /** The variable's value, as the user wrote it. */
  value: string
  binaryPath: string
  binary: BinaryFile
  /** Contents of the `version` file a release zip carries, when there is one. */
  version: string | null
}

export interface ElectronFacts {
  /** `version` in node_modules/electron/package.json: the Electron this app is built for. */
  expectedVersion: string
  /** The executable inside `dist/` for this platform, as install.js writes it to path.txt. */
  platformPath: string
  /** Contents of node_modules/electron/path.txt, or null when it does not exist. */
  pathFile: string | null
  /** Contents of node_modules/electron/dist/version, or null. */
  distVersion: string | null
  /** Absolute path of dist/<platformPath>. */
  installedBinaryPath: string
  installedBinary: BinaryFile
  explicit: ExplicitBinary | null
}

export type BrokenReason =
  | { kind: 'wrong-platform'; found: string }
  | { kind: 'version-mismatch'; found: string | null }
  | { kind: 'empty-binary' }
  | { kind: 'not-executable' }
  | { kind: 'not-a-file' }

export type ElectronBinaryState =
  | { kind: 'present'; executablePath: string; source: 'installed' | ExplicitBinary['variable'] }
  /** Never downloaded: install.js will fetch it. */
  | { kind: 'missing'; reason: 'no-path-file' | 'no-binary' }
  /** Something is in dist/ but cannot be run: remove it, then install.js fetches a fresh copy. */
  | { kind: 'broken'; reason: BrokenReason }
  /** The user named a binary that is not usable: say so, never download over their choice. */
  | {
      kind: 'explicit-unusable'
      explicit: ExplicitBinary
      reason: BrokenReason | { kind: 'absent' }
    }

function normalizeVersion(version: string): string {
  return version.trim().replace(/^v/, '')
}

function fileProblem(binary: BinaryFile): BrokenReason | { kind: 'absent' } | null {
  if (binary.kind === 'absent') return { kind: 'absent' }
  if (binary.kind === 'not-a-file') return { kind: 'not-a-file' }
  if (binary.size === 0) return { kind: 'empty-binary' }
  if (!binary.executable) return { kind: 'not-executable' }
  return null
}

export function decideElectronBinary(facts: ElectronFacts): ElectronBinaryState {
  const { explicit } = facts
  if (explicit) {
    const problem = fileProblem(explicit.binary)
    if (problem) return { kind: 'explicit-unusable', explicit, reason: problem }
    // A release zip carries a `version` file; a binary built from source may not, and is trusted.
    if (
      explicit.version !== null &&
      normalizeVersion(explicit.version) !== normalizeVersion(facts.expectedVersion)
    ) {
      return {
        kind: 'explicit-unusable',
        explicit,
        reason: { kind: 'version-mismatch', found: normalizeVersion(explicit.version) },
      }
    }
    return { kind: 'present', executablePath: explicit.binaryPath, source: explicit.variable }
  }

  if (facts.pathFile === null) return { kind: 'missing', reason: 'no-path-file' }
  // node_modules copied from another operating system: install.js would also refuse it.
  if (facts.pathFile !== facts.platformPath) {
    return { kind: 'broken', reason: { kind: 'wrong-platform', found: facts.pathFile } }
  }
  const problem = fileProblem(facts.installedBinary)
  if (problem?.kind === 'absent') return { kind: 'missing', reason: 'no-binary' }
  if (
    facts.distVersion === null ||
    normalizeVersion(facts.distVersion) !== normalizeVersion(facts.expectedVersion)
  ) {
    const found = facts.distVersion === null ? null : normalizeVersion(facts.distVersion)
    return { kind: 'broken', reason: { kind: 'version-mismatch', found } }
  }
  if (problem) return { kind: 'broken', reason: problem }
  return { kind: 'present', executablePath: facts.installedBinaryPath, source: 'installed' }
}
