import { useCallback, useEffect, useRef, useState } from 'react'
import type { Result } from '../../../../data/core/result'

export type DraftStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

const SAVE_DELAY_MS = 600

/**
 * Text the user is typing, saved a moment after they stop, when the field loses focus, when the
 * page goes away, and when the component unmounts. `status` says honestly where the words are.
 */
export function useDraft(saved: string, commit: (value: string) => Promise<Result<null>>) {
  const [value, setValueState] = useState(saved)
  const [status, setStatus] = useState<DraftStatus>('idle')
  const latest = useRef(saved)
  const committed = useRef<string | null>(saved)
  const timer = useRef<number | undefined>(undefined)
  const commitRef = useRef(commit)
  useEffect(() => {
    commitRef.current = commit
  }, [commit])

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    const text = latest.current
    if (text === committed.current) return
    committed.current = text
    setStatus('saving')
    void commitRef.current(text).then((result) => {
      if (latest.current !== text) return
      setStatus(result.ok ? 'saved' : 'failed')
      // A failed save leaves the words here; the next edit or blur tries again.
      if (!result.ok) committed.current = null
    })
  }, [])

  const setValue = useCallback(
    (text: string) => {
      latest.current = text
      setValueState(text)
      setStatus('pending')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS)
    },
    [flush],
  )

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  return { value, setValue, flush, status }
}
