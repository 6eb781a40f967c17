import { useEffect } from 'react'
import { STRINGS } from '../strings'

/** Sets the window title to "<page> — Bách khoa APEC", as history lists and screen readers show it. */
export function usePageTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} — ${STRINGS.appName}` : STRINGS.appName
  }, [page])
}
