import { useEffect, useState } from 'react'
import { parseRoute, type Route } from './routes'

/** The current route, following back/forward and link clicks. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])
  return route
}

/**
 * Shows `href` (`#/...`) in place of the page on screen, without a new history entry: for a choice
 * about how the same page looks (a print preset), so Back still leads where the reader came from.
 */
export function replaceRoute(href: string): void {
  const oldURL = window.location.href
  window.history.replaceState(window.history.state, '', href)
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }))
}
