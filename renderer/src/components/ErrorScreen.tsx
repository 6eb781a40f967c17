import type { ApiError } from '../../../data/core/result'
import { technicalDetailVi } from '../../../data/core/error-details'
import { STRINGS } from '../strings'
import { errorMessage } from './error-message'
import { NotFoundActions } from './NotFoundActions'
import { usePageTitle } from './usePageTitle'

interface ErrorScreenProps {
  error: ApiError
  onRetry?: () => void
  /** A full page when the app cannot start at all, a panel inside the shell otherwise. */
  fullPage?: boolean
  /** For a `not-found` error: what the address named, offered as a search instead of a retry. */
  searchHint?: string
}

/** A Vietnamese explanation of what went wrong and what to do, never a white screen. */
export function ErrorScreen({ error, onRetry, fullPage = false, searchHint }: ErrorScreenProps) {
  const { title, advice } = errorMessage(error.code)
  const detail = technicalDetailVi(error)
  return (
    <section className={fullPage ? 'error-screen error-screen--full' : 'error-screen'} role="alert">
      {fullPage && <FullPageTitle title={title} />}
      {fullPage && <p className="error-screen__app">{STRINGS.appName}</p>}
      <h1 className="error-screen__title">{title}</h1>
      <p className="error-screen__advice">{advice}</p>
      {error.code === 'not-found' ? <NotFoundActions searchHint={searchHint} /> : <Actions fullPage={fullPage} onRetry={onRetry} />}
      <details className="error-screen__details">
        <summary>{STRINGS.errors.technical}</summary>
        <dl>
          <dt>{STRINGS.errors.code}</dt>
          <dd>
            <code>{error.code}</code>
          </dd>
          <dt>{detail === null ? STRINGS.errors.original : STRINGS.errors.detail}</dt>
          <dd>{detail ?? <code lang="en">{error.message}</code>}</dd>
        </dl>
      </details>
    </section>
  )
}

function Actions({ fullPage, onRetry }: Pick<ErrorScreenProps, 'fullPage' | 'onRetry'>) {
  // The web edition fetched its pack once: only loading the page again fetches it anew.
  const reload = fullPage && __APP_PLATFORM__ === 'web'
  return (
    <div className="error-screen__actions">
      {reload ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {STRINGS.errors.reload}
        </button>
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {STRINGS.errors.retry}
          </button>
        )
      )}
      {!fullPage && (
        <a className="button button--quiet" href="#/">
          {STRINGS.errors.goHome}
        </a>
      )}
    </div>
  )
}

/** The app never started, so no page sets the tab title: the error does. */
function FullPageTitle({ title }: { title: string }) {
  usePageTitle(title)
  return null
}
