import type { ApiError } from '../../../data/core/result'
import { ERROR_MESSAGES_VI } from '../../../data/core/error-messages'
import { STRINGS } from '../strings'

interface ErrorScreenProps {
  error: ApiError
  onRetry?: () => void
  /** A full page when the app cannot start at all, a panel inside the shell otherwise. */
  fullPage?: boolean
}

/** A Vietnamese explanation of what went wrong and what to do, never a white screen. */
export function ErrorScreen({ error, onRetry, fullPage = false }: ErrorScreenProps) {
  const { title, advice } = ERROR_MESSAGES_VI[error.code]
  return (
    <section className={fullPage ? 'error-screen error-screen--full' : 'error-screen'} role="alert">
      {fullPage && <p className="error-screen__app">{STRINGS.appName}</p>}
      <h1 className="error-screen__title">{title}</h1>
      <p className="error-screen__advice">{advice}</p>
      <div className="error-screen__actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {STRINGS.errors.retry}
          </button>
        )}
        {!fullPage && (
          <a className="button button--quiet" href="#/">
            {STRINGS.errors.goHome}
          </a>
        )}
      </div>
      <details className="error-screen__details">
        <summary>{STRINGS.errors.technical}</summary>
        <code>
          {error.code}: {error.message}
        </code>
      </details>
    </section>
  )
}
