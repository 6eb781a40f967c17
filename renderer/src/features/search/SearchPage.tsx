import type { SearchHit, SearchInput, SearchResults } from '../../../../data/core/api-contract'
import { routeHref, type Route } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { STRINGS } from '../../strings'
import { AddToPackButton } from '../packs/AddToPackButton'
import { HighlightedText } from './HighlightedText'
import { SearchFilters } from './SearchFilters'
import { isSourceSuggestion, suggestionRoute } from './suggestion-route'

export type SearchRoute = Extract<Route, { name: 'search' }>

const HITS_PER_GROUP = 50

/** The results page: entries and source paragraphs in two groups, filterable by type and year. */
export function SearchPage({ route }: { route: SearchRoute }) {
  const query = route.query.trim()
  const heading = query ? STRINGS.search.resultsFor(shorten(query)) : STRINGS.search.heading
  usePageTitle(heading)
  const input: SearchInput = {
    query,
    type: route.type ?? undefined,
    yearFrom: route.from ?? undefined,
    yearTo: route.to ?? undefined,
    limit: HITS_PER_GROUP,
  }
  const [results, retry] = useApiResult(`search:${JSON.stringify(input)}`, () =>
    query ? getEncyclopediaApi().search(input) : Promise.resolve({ ok: true as const, value: null }),
  )
  return (
    <article className="page search-page" data-state={results.status} data-query={query}>
      <h1 className="page__title search-page__title">{heading}</h1>
      <SearchFilters route={route} />
      {results.status === 'loading' && <Loading />}
      {results.status === 'failed' && <ErrorScreen error={results.error} onRetry={retry} />}
      {results.status === 'ready' &&
        (results.value ? <Results results={results.value} route={route} /> : <p className="page__lead">{STRINGS.search.emptyQuery}</p>)}
    </article>
  )
}

function Results({ results, route }: { results: SearchResults; route: SearchRoute }) {
  const { counts } = results
  if (counts.entries + counts.passages === 0) return <NoResults results={results} route={route} />
  return (
    <>
      <p className="search-page__summary" role="status">
        {STRINGS.search.summary(counts.entries, counts.passages)}
      </p>
      <HitGroup id="search-entries" heading={STRINGS.search.entries} hits={results.entries} total={counts.entries} />
      <HitGroup id="search-passages" heading={STRINGS.search.passages} hits={results.passages} total={counts.passages} />
    </>
  )
}

function HitGroup({ id, heading, hits, total }: { id: string; heading: string; hits: readonly SearchHit[]; total: number }) {
  return (
    <section className="search-group" aria-labelledby={id} data-group={id} data-count={total}>
      <h2 className="search-group__heading" id={id}>
        {heading} <span className="search-group__count">{STRINGS.search.groupCount(hits.length, total)}</span>
      </h2>
      {hits.length === 0 ? (
        <p className="muted">{STRINGS.search.groupEmpty}</p>
      ) : (
        <ol className="search-hits">
          {hits.map((hit) => (
            <HitItem key={`${hit.kind}:${hit.id}:${hit.paragraph ?? ''}`} hit={hit} />
          ))}
        </ol>
      )}
    </section>
  )
}

function HitItem({ hit }: { hit: SearchHit }) {
  const href =
    hit.kind === 'entry'
      ? routeHref({ name: 'entry', id: hit.id })
      : routeHref({ name: 'source', id: hit.sourceId ?? hit.id, paragraph: hit.paragraph })
  return (
    <li className="search-hit" data-kind={hit.kind} data-id={hit.id}>
      <a className="search-hit__title" href={href}>
        {hit.title}
        {/* Many passages share a document title; the paragraph tells their links apart for screen readers. */}
        {hit.kind === 'passage' && hit.paragraph !== null && <span className="visually-hidden">, {STRINGS.search.paragraph(hit.paragraph)}</span>}
      </a>
      <p className="search-hit__meta">
        {hit.type && <span className="search-hit__type">{STRINGS.entryTypes[hit.type]}</span>}
        {hit.paragraph !== null && <span>{STRINGS.search.paragraph(hit.paragraph)}</span>}
        {hit.year !== null && <span>{STRINGS.search.year(hit.year)}</span>}
      </p>
      {hit.snippet.text && (
        <p className="search-hit__snippet">
          <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </p>
      )}
      {hit.kind === 'entry' && <AddToPackButton entryId={hit.id} title={hit.title} />}
    </li>
  )
}

function NoResults({ results, route }: { results: SearchResults; route: SearchRoute }) {
  const filtered = route.type !== null || route.from !== null || route.to !== null
  return (
    <section className="search-empty" role="status">
      <p className="search-empty__message">{STRINGS.search.noResults(shorten(route.query.trim()))}</p>
      <p className="muted">{STRINGS.search.noResultsAdvice}</p>
      {filtered && (
        <p>
          <a href={routeHref({ ...route, type: null, from: null, to: null })}>{STRINGS.search.reset}</a>
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
