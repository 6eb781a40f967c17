import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { STRINGS } from '../strings'
import { dismissToast, getToast, subscribeToast } from './toast-store'

const VISIBLE_MS = 12_000

/**
 * The toast: a live region that is always in the page (so screen readers hear each new message),
 * with the action button focused when there is one, because the thing just deleted held the focus.
 * It stays while the pointer or the focus is on it.
 */
export function Toast() {
  const toast = useSyncExternalStore(subscribeToast, getToast)
  const [held, setHeld] = useState(false)
  const region = useRef<HTMLDivElement>(null)
  const action = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (toast?.action) action.current?.focus()
  }, [toast])

  useEffect(() => {
    if (!toast || held) return
    const timer = window.setTimeout(() => close(region.current, toast.id), VISIBLE_MS)
    return () => window.clearTimeout(timer)
  }, [toast, held])

  return (
    <div
      ref={region}
      className="toast-region"
      role="status"
      aria-live="polite"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && toast) close(region.current, toast.id)
      }}
    >
      {toast && (
        <div className="toast" key={toast.id}>
          <span className="toast__text">{toast.text}</span>
          {toast.action && (
            <button
              ref={action}
              type="button"
              className="toast__action"
              onClick={() => {
                toast.action?.run()
                close(region.current, toast.id)
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast__close" aria-label={STRINGS.packs.close} onClick={() => close(region.current, toast.id)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}

/** Focus inside a toast that goes away would fall to <body>; the main content is a better place. */
function close(region: HTMLElement | null, id: number): void {
  if (region?.contains(document.activeElement)) document.getElementById('main')?.focus()
  dismissToast(id)
}
