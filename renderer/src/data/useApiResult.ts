import { useCallback, useEffect, useState } from 'react'
import type { ApiError, Result } from '../../../data/core/result'
import { startLoad } from './pending-loads'

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: ApiError }

/**
 * Runs an API call when its key changes and tracks its state. A stale answer (the user already
 * moved on) is dropped, so a slow source never replaces the one now on screen.
 */
export function useApiResult<T>(key: string, load: () => Promise<Result<T>>): [Loadable<T>, () => void] {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    load().then(
      (result) => {
        if (!current) return
        setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error })
      },
      (error: unknown) => {
        if (!current) return
        setState({ status: 'failed', error: { code: 'internal', message: String(error) } })
      },
    )
    return () => {
      current = false
    }
    // `load` is recreated on each render; the key says when the request really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt])
  // Counted from the commit that shows "loading" to the one that replaces it, so a count of zero
  // means the answer is on screen, not merely arrived.
  const loading = state.status === 'loading'
  useEffect(() => (loading ? startLoad() : undefined), [loading])
  const retry = useCallback(() => setAttempt((count) => count + 1), [])
  return [state, retry]
}
