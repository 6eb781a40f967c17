import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { STRINGS } from '../../strings'
import { onFindInPageRequest } from './find-controller'
import { clearMatches, findInPage, paintMatches, revealMatch } from './find-in-page'

/** The page content the find bar searches: the shell's <main>, not the header or the bar itself. */
const CONTENT_ID = 'main'
/** Pages fill in after their data arrives; wait for the burst of changes to settle before searching again. */
const REFRESH_MS = 120

/**
 * Find in page (Ctrl+F): matches ignore tone marks, đ and case, and are painted with the CSS Custom
 * Highlight API, so React's DOM is never touched. Enter/Shift+Enter step through, Esc closes.
 */
export function FindBar() {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [matches, setMatches] = useState<Range[]>([])
  const [index, setIndex] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)
  const inputId = useId()

  const search = useCallback((text: string) => {
    const root = document.getElementById(CONTENT_ID)
    setMatches(root ? findInPage(root, text) : [])
    setIndex(0)
  }, [])

  const [focusRequests, setFocusRequests] = useState(0)

  const show = useCallback(() => {
    if (!inputRef.current || document.activeElement !== inputRef.current) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    }
    setOpen(true)
    setFocusRequests((count) => count + 1)
  }, [])

  // The input exists only once the bar has rendered. After the commit, not on the next frame: a
  // request from the desktop menu is not a DOM event, so React may render it after that frame.
  useEffect(() => {
    if (focusRequests === 0) return
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [focusRequests])

  useEffect(() => onFindInPageRequest(show), [show])

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        show()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [show])

  // Searches as the user types, and while open follows the page: a route change or late data re-runs it.
  useEffect(() => {
    const root = document.getElementById(CONTENT_ID)
    if (!open || !root) return
    search(query)
    let timer = 0
    const observer = new MutationObserver(() => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => search(query), REFRESH_MS)
    })
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      window.clearTimeout(timer)
    }
  }, [open, query, search])

  const current = matches[index]
  useEffect(() => {
    if (!open) return
    paintMatches(matches, current)
    if (current) revealMatch(current)
    return clearMatches
  }, [open, matches, current])

  const step = (delta: number) => {
    if (matches.length === 0) return
    setIndex((value) => (value + delta + matches.length) % matches.length)
  }
  const close = () => {
    setOpen(false)
    returnFocus.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      step(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }

  if (!open) return null
  const status = query.trim() === '' ? '' : matches.length === 0 ? STRINGS.search.find.none : STRINGS.search.find.count(index + 1, matches.length)
  return (
    <div className="find-bar" role="search" aria-label={STRINGS.search.find.label}>
      <label className="visually-hidden" htmlFor={inputId}>
        {STRINGS.search.find.label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="find-bar__input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={STRINGS.search.find.placeholder}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <output className="find-bar__count" aria-live="polite" data-count={matches.length} data-empty={status === STRINGS.search.find.none || undefined}>
        {status}
      </output>
      <button type="button" className="find-bar__button" aria-label={STRINGS.search.find.previous} title={STRINGS.search.find.previous} disabled={matches.length === 0} onClick={() => step(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="find-bar__button" aria-label={STRINGS.search.find.next} title={STRINGS.search.find.next} disabled={matches.length === 0} onClick={() => step(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="find-bar__button" aria-label={STRINGS.search.find.close} title={STRINGS.search.find.close} onClick={close}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
