import { Worker } from 'node:worker_threads'
import { isErrorCode } from '../../../data/core/error-codes'
import { fail, ok, type Result } from '../../../data/core/result'

/** Which script checks a pack, and how to start it: the built pack-check-worker.js, or its .ts source in tests. */
export interface PackCheckWorker {
  script: string
  execArgv?: string[]
}

/** Long enough for quick_check of a pack near MAX_PACK_BYTES on a slow office machine. */
export const PACK_CHECK_TIMEOUT_MS = 20_000

/**
 * Runs the pack checks on `path` in a worker thread. If no answer comes within `timeoutMs` the
 * thread is terminated (V8 stops it even inside a SQLite loop in WASM) and the answer is
 * pack-check-timeout. Resolves only once the thread has exited, so the caller can delete the file.
 */
export function checkPackInWorker(
  path: string,
  worker: PackCheckWorker,
  timeoutMs: number = PACK_CHECK_TIMEOUT_MS,
): Promise<Result<null>> {
  return new Promise((resolve) => {
    const thread = new Worker(worker.script, {
      workerData: { path },
      execArgv: worker.execArgv ?? [],
    })
    let answered = false
    const answer = (result: Result<null>) => {
      if (answered) return
      answered = true
      clearTimeout(timer)
      void thread.terminate().then(
        () => resolve(result),
        () => resolve(result),
      )
    }
    const timer = setTimeout(
      () =>
        answer(
          fail(
            'pack-check-timeout',
            `the check did not finish within ${timeoutMs} ms and was stopped`,
          ),
        ),
      timeoutMs,
    )
    thread.once('message', (message: unknown) => answer(workerAnswer(message)))
    thread.once('error', (error) =>
      answer(fail('internal', `the pack check failed: ${error.message}`)),
    )
    thread.once('exit', (code) =>
      answer(fail('internal', `the pack check stopped (exit code ${code}) without an answer`)),
    )
  })
}

/** The worker's message is data from another thread: narrowed, never trusted as typed. */
function workerAnswer(message: unknown): Result<null> {
  if (typeof message !== 'object' || message === null || !('ok' in message)) {
    return fail('internal', 'the pack check answered with something else than a result')
  }
  if (message.ok === true) return ok(null)
  const error = 'error' in message && typeof message.error === 'object' ? message.error : null
  const code = error !== null && 'code' in error ? error.code : undefined
  const text =
    error !== null && 'message' in error && typeof error.message === 'string' ? error.message : ''
  return isErrorCode(code)
    ? fail(code, text)
    : fail('internal', `the pack check answered ${String(code)}`)
}
