import type { ErrorCode } from './error-codes'

/** What crosses every boundary (IPC, worker, CLI): a value, or an error as data with a stable code. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export interface ApiError {
  code: ErrorCode
  /** Precise, for logs and editors; the UI shows its own Vietnamese text for the code. */
  message: string
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}
