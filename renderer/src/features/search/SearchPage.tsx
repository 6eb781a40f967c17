import { useMemo, useState } from 'react'
import type { SearchInput, SearchResults } from '../../../../data/core/api-contract'
import { routeHref, type Route } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { STRINGS } from '../../strings'
import { AnswerCard } from './AnswerCard'
import { answerLine } from './answer-format'
import { HitGroup } from './SearchHitGroup'
import { QueryCutNotice } from './QueryCutNotice'
import { SearchFilters } from './SearchFilters'
import { isSourceSuggestion, suggestionRoute } from './suggestion-route'
import { useMoreHits, type HitGroupName, type PerGroup } from './useMoreHits'

export type SearchRoute = Extract<Route, { name: 'search' }>

/** Hits of a group on the first page, and added by each "Xem thêm". */
const HITS_PER_PAGE = 50

/** The results page: entries and source paragraphs in two groups, filterable by type and year. */
export function SearchPage({ route }: { route: SearchRoute }) {
  const query = route.query.trim()
  const heading = query ? STRINGS.search.resultsFor(shorten(query)) : STRINGS.search.heading
  usePageTitle(heading)
  const type = route.type ?? undefined
  const yearFrom = route.from ?? undefined
  const yearTo = route.to ?? undefined
  const input = useMemo((): SearchInput => ({ query, type, yearFrom, yearTo, limit: HITS_PER_PAGE }), [query, type, yearFrom, yearTo])
  const [results, retry] = useApiResult(`search:${JSON.stringify(input)}`, () =>
    query ? getEncyclopediaApi().search(input) : Promise.resolve({ ok: true as const, value: null }),
  )
  return (
    <article className="page search-page" data-state={results.status} data-query={query}>
      <h1 className="page__title search-page__title">{heading}</h1>
      {route.queryCut && <QueryCutNotice />}
      <SearchFilters route={route} />
      {results.status === 'loading' && <Loading />}
      {results.status === 'failed' && <ErrorScreen error={results.error} onRetry={retry} />}
      {results.status === 'ready' &&
        (results.value ? (
          <Results results={results.value} input={input} route={route} />
        ) : (
          <p className="page__lead">{STRINGS.search.emptyQuery}</p>
        ))}
    </article>
  )
}

function shownInRoute(route: SearchRoute): PerGroup<number> {
  return {
    entries: Math.max(HITS_PER_PAGE, route.shownEntries ?? 0),
    passages: Math.max(HITS_PER_PAGE, route.shownPassages ?? 0),
  }
}

function Results({ results, input, route }: { results: SearchResults; input: SearchInput; route: SearchRoute }) {
  // How many hits each group shows: from the URL when the page opens (Back returns to as many).
  const [wanted, setWanted] = useState(() => shownInRoute(route))
  const [shownRoute, setShownRoute] = useState(route)
  if (shownRoute !== route) {
    setShownRoute(route)
    setWanted(shownInRoute(route))
  }
  const more = useMoreHits(results, input, wanted)
  const { counts } = results
  if (counts.entries + counts.passages === 0 && results.answer === null) return <NoResults results={results} route={route} />

  const showMore = (group: HitGroupName) => {
    if (more.failed) return more.retry()
    const next = { ...wanted, [group]: Math.min(counts[group], more.hits[group].length + HITS_PER_PAGE) }
    setWanted(next)
    // Kept in the URL without a new history entry: Back from an opened hit returns to this many.
    const href = routeHref({ ...route, shownEntries: shownParam(next.entries), shownPassages: shownParam(next.passages) })
    window.history.replaceState(window.history.state, '', href)
  }
  const group = (name: HitGroupName, heading: string) => (
    <HitGroup
      group={name}
      heading={heading}
      hits={more.hits[name]}
      total={counts[name]}
      pageSize={HITS_PER_PAGE}
      loading={more.loading === name}
      failed={more.failed && more.hits[name].length < Math.min(wanted[name], counts[name])}
      onMore={() => showMore(name)}
    />
  )
  const answer = answerLine(results.answer)
  return (
    <>
      <p className="search-page__summary" role="status">
        {answer !== null && <span className="visually-hidden">{STRINGS.search.answer.announce(answer)} </span>}
        {STRINGS.search.summary(counts.entries, counts.passages)}
      </p>
      <AnswerCard answer={results.answer} />
      {group('entries', STRINGS.search.entries)}
      {group('passages', STRINGS.search.passages)}
    </>
  )
}

/** The first page is the default: the URL only records more. */
function shownParam(shown: number): number | null {
  return shown > HITS_PER_PAGE ? shown : null
}

function NoResults({ results, route }: { results: SearchResults; route: SearchRoute }) {
  const filtered = route.type !== null || route.from !== null || route.to !== null
  return (
    <section className="search-empty" role="status">
      <p className="search-empty__message">{STRINGS.search.noResults(shorten(route.query.trim()))}</p>
      <p className="muted">{STRINGS.search.noResultsAdvice}</p>
      {filtered && (
        <p>
          <a href={routeHref({ ...route, type: null, from: null, to: null, shownEntries: null, shownPassages: null })}>
            {STRINGS.search.reset}
          </a>
        </p>
      )}
      {results.closest.length > 0 && (
        <p className="search-empty__closest">
          {STRINGS.search.closest}{' '}
          {results.closest.map((suggestion, index) => (
            <span key={suggestion.id}>
              {index > 0 && ', '}
              <a
                href={routeHref(suggestionRoute(suggestion))}
                data-entry-id={isSourceSuggestion(suggestion) ? undefined : suggestion.id}
                data-source-id={isSourceSuggestion(suggestion) ? suggestion.id : undefined}
              >
                {suggestion.title}
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  )
}

/** A pasted page of text should not become a page-wide heading. */
function shorten(query: string): string {
  return query.length > 80 ? `${query.slice(0, 80)}…` : query
}
