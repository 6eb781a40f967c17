import { STRINGS } from '../../strings'
import { openFindInPage } from './find-controller'

/** The visible way to find in page, for those who do not know Ctrl+F. */
export function FindButton() {
  return (
    <button type="button" className="tools__button find-button" aria-label={STRINGS.search.find.open} title={STRINGS.search.find.open} aria-keyshortcuts="Control+F" onClick={openFindInPage}>
      <svg className="find-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="3" y="3" width="13" height="16" rx="1.5" />
        <circle cx="14.5" cy="14.5" r="4" />
        <path d="M17.5 17.5 21 21" />
      </svg>
    </button>
  )
}
