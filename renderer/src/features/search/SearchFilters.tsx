import { useId, useState, type FormEvent } from 'react'
import { ENTRY_TYPES, isEntryType } from '../../../../data/core/entry-types'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import type { SearchRoute } from './SearchPage'

/**
 * Type and year filters of the results page. They live in the URL, so a filtered search can be
 * bookmarked and Back undoes a filter. The type applies at once; years apply on Enter or "Lọc".
 */
export function SearchFilters({ route }: { route: SearchRoute }) {
  const ids = { type: useId(), from: useId(), to: useId() }
  const [years, setYears] = useState({ from: yearText(route.from), to: yearText(route.to) })
  const [shownRoute, setShownRoute] = useState(route)
  if (shownRoute !== route) {
    setShownRoute(route)
    setYears({ from: yearText(route.from), to: yearText(route.to) })
  }

  const go = (change: Partial<SearchRoute>) => {
    let from = parseYear(years.from)
    let to = parseYear(years.to)
    // A range typed the wrong way round means the same years.
    if (from !== null && to !== null && from > to) [from, to] = [to, from]
    // A new filter starts again from the first page of results.
    window.location.hash = routeHref({ ...route, from, to, shownEntries: null, shownPassages: null, ...change })
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    go({})
  }
  const filtered = route.type !== null || route.from !== null || route.to !== null

  return (
    <form className="filter-bar search-filters" aria-label={STRINGS.search.filters} onSubmit={onSubmit}>
      <label className="filter-bar__field" htmlFor={ids.type}>
        <span className="filter-bar__label">{STRINGS.search.type}</span>
        <select
          id={ids.type}
          className="filter-bar__input"
          value={route.type ?? ''}
          onChange={(event) => go({ type: isEntryType(event.target.value) ? event.target.value : null })}
        >
          <option value="">{STRINGS.search.allTypes}</option>
          {ENTRY_TYPES.map((type) => (
            <option key={type} value={type}>
              {STRINGS.entryTypes[type]}
            </option>
          ))}
        </select>
      </label>
      <YearField id={ids.from} label={STRINGS.search.from} value={years.from} onChange={(from) => setYears((y) => ({ ...y, from }))} />
      <YearField id={ids.to} label={STRINGS.search.to} value={years.to} onChange={(to) => setYears((y) => ({ ...y, to }))} />
      <button type="submit" className="button">
        {STRINGS.search.apply}
      </button>
      {filtered && (
        <a
          className="button button--quiet"
          href={routeHref({ ...route, type: null, from: null, to: null, shownEntries: null, shownPassages: null })}
        >
          {STRINGS.search.reset}
        </a>
      )}
    </form>
  )
}

function YearField(props: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  const { id, label, value, onChange } = props
  return (
    <label className="filter-bar__field search-filters__year" htmlFor={id}>
      <span className="filter-bar__label">{label}</span>
      <input
        id={id}
        className="filter-bar__input"
        type="text"
        inputMode="numeric"
        maxLength={4}
        pattern="[0-9]{4}"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
      />
    </label>
  )
}

function yearText(year: number | null): string {
  return year === null ? '' : String(year)
}

function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null
}
