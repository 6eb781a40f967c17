import type { MouseEvent } from 'react'
import { STRINGS } from '../strings'

/** The id of the page's <main>, which takes focus (tabIndex -1) when the skip link is used. */
export const MAIN_ID = 'main'

/**
 * The first thing Tab meets: moves keyboard focus past the header to the page. The address is
 * the router's (#/...), so following href="#main" would open a page called "main", the not-found
 * page: the click (Enter included) moves focus itself and leaves the address alone. The href stays
 * so the link is a link to assistive technology.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    const main = document.getElementById(MAIN_ID)
    main?.focus()
    main?.scrollIntoView({ block: 'start' })
  }
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {STRINGS.skipToContent}
    </a>
  )
}
