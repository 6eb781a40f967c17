import { useId, useState, type FormEvent } from 'react'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'

const searchHref = (query: string) => routeHref({ name: 'search', query, type: null, from: null, to: null })

/** A large search field where a reader starts, with a few queries to try. */
export function HomeSearch() {
  const [query, setQuery] = useState('')
  const inputId = useId()
  const hintId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = query.trim()
    if (trimmed) window.location.hash = searchHref(trimmed)
  }
  return (
    <form className="home-search" role="search" onSubmit={submit}>
      <label className="home-search__label" htmlFor={inputId}>
        {STRINGS.home.search.label}
      </label>
      <div className="home-search__row">
        <input
          id={inputId}
          className="home-search__input"
          type="search"
          value={query}
          placeholder={STRINGS.home.search.placeholder}
          aria-describedby={hintId}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button home-search__submit">
          {STRINGS.home.search.submit}
        </button>
      </div>
      <p className="home-search__hint" id={hintId}>
        {STRINGS.home.search.hint}{' '}
        {STRINGS.home.search.examples.map((example, index) => (
          <span key={example}>
            {index > 0 && ' · '}
            <a href={searchHref(example)}>{example}</a>
          </span>
        ))}
      </p>
    </form>
  )
}
