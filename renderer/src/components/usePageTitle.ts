import { useEffect } from 'react'
import type { Loadable } from '../data/useApiResult'
import { STRINGS } from '../strings'
import { errorMessage } from './error-message'

/** Sets the window title to "<page> — Bách khoa APEC", as history lists and screen readers show it. */
export function usePageTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} — ${STRINGS.appName}` : STRINGS.appName
  }, [page])
}

/**
 * The title of a page whose subject loads: its own once loaded, the error's when it failed (a tab
 * reading "Không tìm thấy nội dung" says more than the bare app name), none while loading.
 */
export function loadedTitle<T>(state: Loadable<T>, title: (value: T) => string | null): string | null {
  if (state.status === 'ready') return title(state.value)
  if (state.status === 'failed') return errorMessage(state.error.code).title
  return null
}
