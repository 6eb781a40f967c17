/**
 * Stable error codes. The renderer maps each to a Vietnamese message and the CLI to an exit
 * status, so a code, once shipped, keeps its meaning.
 */
export const ERROR_CODES = [
  'pack-missing',
  'pack-not-file',
  'pack-unreachable',
  'pack-empty',
  'pack-not-sqlite',
  'pack-truncated',
  'pack-corrupt',
  'pack-foreign',
  'pack-schema-mismatch',
  'pack-unsafe-schema',
  'pack-too-large',
  'pack-bad-name',
  'pack-copy-failed',
  'pack-check-timeout',
  'not-found',
  'invalid-input',
  'forbidden-sender',
  'library-not-json',
  'library-invalid',
  'library-newer-version',
  'library-too-large',
  'library-read-failed',
  'library-save-failed',
  'library-read-only',
  'internal',
  'print-failed',
  'save-failed',
  'export-failed',
  'docx-save-failed',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** Thrown inside the core; turned into `{ ok: false, error }` at the boundary. */
export class CatalogError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'CatalogError'
    this.code = code
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
