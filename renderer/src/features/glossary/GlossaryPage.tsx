import { useId, useState } from 'react'
import type { EntryListItem } from '../../../../data/core/api-contract'
import type { Result } from '../../../../data/core/result'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { matchesQuery } from '../../../../data/core/search/filter-match'

interface Glossary {
  terms: EntryListItem[]
  /** Organisations and APEC bodies: proper names a translator needs in three languages. */
  names: EntryListItem[]
}

async function loadGlossary(): Promise<Result<Glossary>> {
  const api = getEncyclopediaApi()
  const [terms, organisations, bodies] = await Promise.all([
    api.listEntries({ type: 'term' }),
    api.listEntries({ type: 'organisation' }),
    api.listEntries({ type: 'body' }),
  ])
  if (!terms.ok) return terms
  if (!organisations.ok) return organisations
  if (!bodies.ok) return bodies
  const collator = new Intl.Collator('vi')
  const names = [...organisations.value, ...bodies.value].sort((a, b) => collator.compare(a.title, b.title))
  return { ok: true, value: { terms: terms.value, names } }
}

/** Vietnamese–Chinese–English terms with definitions, and a lookup that filters as you type. */
export function GlossaryPage() {
  usePageTitle(STRINGS.glossary.heading)
  const [glossary, retry] = useApiResult('glossary', loadGlossary)
  const [query, setQuery] = useState('')
  const inputId = useId()
  return (
    <article className="page overview glossary-page">
      <h1 className="page__title">{STRINGS.glossary.heading}</h1>
      <p className="page__lead">{STRINGS.glossary.intro}</p>
      <form className="filter-bar" role="search" onSubmit={(event) => event.preventDefault()}>
        <label className="filter-bar__field filter-bar__field--wide" htmlFor={inputId}>
          <span className="filter-bar__label">{STRINGS.glossary.lookup}</span>
          <input
            id={inputId}
            className="filter-bar__input"
            type="search"
            value={query}
            placeholder={STRINGS.glossary.lookupPlaceholder}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        {query && (
          <button type="button" className="button button--quiet" onClick={() => setQuery('')}>
            {STRINGS.glossary.clear}
          </button>
        )}
      </form>
      {glossary.status === 'loading' && <Loading />}
      {glossary.status === 'failed' && <ErrorScreen error={glossary.error} onRetry={retry} />}
      {glossary.status === 'ready' && (
        <>
          <GlossarySection
            id="glossary-terms"
            title={STRINGS.glossary.terms}
            caption={STRINGS.glossary.termsCaption}
            entries={glossary.value.terms}
            query={query}
            withDefinition
          />
          <GlossarySection
            id="glossary-names"
            title={STRINGS.glossary.names}
            caption={STRINGS.glossary.namesCaption}
            entries={glossary.value.names}
            query={query}
            withDefinition={false}
          />
        </>
      )}
    </article>
  )
}

interface GlossarySectionProps {
  id: string
  title: string
  caption: string
  entries: readonly EntryListItem[]
  query: string
  withDefinition: boolean
}

function GlossarySection({ id, title, caption, entries, query, withDefinition }: GlossarySectionProps) {
  const shown = entries.filter((entry) =>
    matchesQuery(query, [
      entry.title,
      entry.nameEn,
      entry.nameZh,
      ...entry.aliases,
      entry.id,
      withDefinition ? entry.summary : null,
    ]),
  )
  return (
    <section aria-labelledby={id} className="glossary-section" data-section={id}>
      <h2 id={id} className="section-title">
        {title}
        <span className="section-title__count" role="status">
          {' '}
          · {STRINGS.glossary.count(shown.length, entries.length)}
        </span>
      </h2>
      {shown.length === 0 ? (
        <p className="muted">{STRINGS.glossary.empty}</p>
      ) : (
        <table className="data-table glossary-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{STRINGS.glossary.vi}</th>
              <th scope="col" lang="zh">
                {STRINGS.glossary.zh}
              </th>
              <th scope="col" lang="en">
                {STRINGS.glossary.en}
              </th>
              {withDefinition && <th scope="col">{STRINGS.glossary.definition}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id} data-entry={entry.id}>
                <th scope="row">
                  <a href={routeHref({ name: 'entry', id: entry.id })}>{entry.title}</a>
                  <MatchedAlias entry={entry} query={query} />
                </th>
                <td lang="zh">{entry.nameZh ?? <Missing />}</td>
                <td lang="en">{entry.nameEn ?? <Missing />}</td>
                {withDefinition && <td className="glossary-table__definition">{entry.summary}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** The other name a row was found by, when none of the names in its columns matches. */
function MatchedAlias({ entry, query }: { entry: EntryListItem; query: string }) {
  if (matchesQuery(query, [entry.title, entry.nameEn, entry.nameZh])) return null
  const alias = entry.aliases.find((name) => matchesQuery(query, [name]))
  return alias ? <span className="glossary-table__alias">{STRINGS.glossary.alsoCalled(alias)}</span> : null
}

function Missing() {
  return (
    <span className="muted" aria-hidden="true">
      {STRINGS.glossary.missing}
    </span>
  )
}
