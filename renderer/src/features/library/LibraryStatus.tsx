import { useLayoutEffect, type ReactNode } from 'react'
import type { LibraryNotice } from '../../../../data/core/library/library-contract'
import { errorMessage } from '../../components/error-message'
import type { ApiError } from '../../../../data/core/result'
import { STRINGS } from '../../strings'
import { dismissNotice, saveAgain } from './library-state'
import { useLibraryState } from './useLibrary'

/**
 * What the user must know about their library, above every page: the saved copy was unreadable
 * (and what was done), it cannot be read at all, or the last save failed. The save state also goes
 * on <html> as `data-library-save`, for anyone waiting on it, outside the page's own content.
 */
export function LibraryStatus() {
  const { notice, loadError, readOnly, saveStatus, saveError } = useLibraryState()
  // A layout effect: set in the same task as the change, so no one reads a stale "saved".
  useLayoutEffect(() => {
    document.documentElement.dataset.librarySave = saveStatus
  }, [saveStatus])
  return (
    <div className="library-status">
      {notice && (
        <section className="library-banner" role="alert" data-notice={notice.kind}>
          <p className="library-banner__text">{noticeText(notice)}</p>
          <TechnicalDetails text={notice.problem} />
          {/* Read-only lasts as long as this window: the reason stays in view, as saves keep being refused. */}
          {!readOnly && (
            <button type="button" className="button button--quiet" onClick={dismissNotice}>
              {STRINGS.libraryStatus.dismiss}
            </button>
          )}
        </section>
      )}
      {loadError && <ErrorBanner error={loadError} />}
      {saveStatus === 'failed' && saveError && saveError.code !== 'library-read-only' && (
        <ErrorBanner error={saveError}>
          <button type="button" className="button" onClick={() => void saveAgain()}>
            {STRINGS.libraryStatus.retrySave}
          </button>
        </ErrorBanner>
      )}
    </div>
  )
}

function noticeText(notice: LibraryNotice): string {
  switch (notice.kind) {
    case 'recovered-from-backup':
      return STRINGS.libraryStatus.recovered(notice.setAsideAs)
    case 'started-empty':
      return STRINGS.libraryStatus.startedEmpty(notice.setAsideAs)
    case 'newer-version':
      return STRINGS.libraryStatus.newerVersion
  }
}

function ErrorBanner({ error, children }: { error: ApiError; children?: ReactNode }) {
  const { title, advice } = errorMessage(error.code)
  return (
    <section className="library-banner library-banner--error" role="alert">
      <p className="library-banner__text">
        <strong>{title}.</strong> {advice}
      </p>
      <TechnicalDetails text={`${error.code}: ${error.message}`} />
      {children}
    </section>
  )
}

function TechnicalDetails({ text }: { text: string }) {
  return (
    <details className="library-banner__details">
      <summary>{STRINGS.libraryStatus.technical}</summary>
      <code>{text}</code>
    </details>
  )
}
