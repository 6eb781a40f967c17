import { useId, useState } from 'react'
import { routeHref } from '../routing/routes'
import { STRINGS } from '../strings'

/**
 * What a reader can do about a page that is not there: search for it (the box holds what the old
 * address named, "apec 2031" for #/entry/apec-2031) or go home. Retrying would find nothing again.
 */
export function NotFoundActions({ searchHint = '' }: { searchHint?: string }) {
  const [query, setQuery] = useState(searchHint.replace(/[-_]+/g, ' ').trim())
  const id = useId()
  return (
    <form
      className="not-found-actions"
      onSubmit={(event) => {
        event.preventDefault()
        window.location.hash = routeHref({ name: 'search', query: query.trim(), type: null, from: null, to: null })
      }}
    >
      <label className="not-found-actions__label" htmlFor={id}>
        {STRINGS.errors.searchLabel}
      </label>
      <div className="not-found-actions__row">
        <input id={id} className="field__input not-found-actions__input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <button type="submit" className="button">
          {STRINGS.errors.search}
        </button>
        <a className="button button--quiet" href={routeHref({ name: 'home' })}>
          {STRINGS.errors.goHome}
        </a>
      </div>
    </form>
  )
}
