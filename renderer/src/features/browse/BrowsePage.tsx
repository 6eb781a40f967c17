import type { EntrySummary } from '../../../../data/core/api-contract'
import { ENTRY_TYPES, type EntryType } from '../../../../data/core/entry-types'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { EntryLink } from '../entries/EntryLink'

/** Every entry, or those of one type, with a side list of the types and how many each has. */
export function BrowsePage({ type }: { type: EntryType | null }) {
  usePageTitle(type ? STRINGS.entryTypes[type] : STRINGS.browse.heading)
  // One request for all entries: the counts per type come from the same list.
  const [entries, retry] = useApiResult('entries:all', () => getEncyclopediaApi().listEntries({}))
  return (
    <article className="page browse">
      <h1 className="page__title">{type ? STRINGS.entryTypes[type] : STRINGS.browse.heading}</h1>
      <p className="page__lead">{STRINGS.browse.intro}</p>
      {entries.status === 'loading' && <Loading />}
      {entries.status === 'failed' && <ErrorScreen error={entries.error} onRetry={retry} />}
      {entries.status === 'ready' && <Browse entries={entries.value} type={type} />}
    </article>
  )
}

function Browse({ entries, type }: { entries: readonly EntrySummary[]; type: EntryType | null }) {
  const counts = new Map<EntryType, number>()
  for (const entry of entries) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1)
  const shown = type ? entries.filter((entry) => entry.type === type) : entries
  return (
    <div className="browse__layout">
      <nav className="browse__types" aria-label={STRINGS.browse.types}>
        <ul>
          <TypeLink label={STRINGS.browse.all} count={entries.length} href={routeHref({ name: 'browse', type: null })} current={type === null} />
          {ENTRY_TYPES.map((entryType) => (
            <TypeLink
              key={entryType}
              label={STRINGS.entryTypes[entryType]}
              count={counts.get(entryType) ?? 0}
              href={routeHref({ name: 'browse', type: entryType })}
              current={type === entryType}
              entryType={entryType}
            />
          ))}
        </ul>
      </nav>
      <section className="browse__list" aria-label={type ? STRINGS.entryTypes[type] : STRINGS.browse.all}>
        <p className="browse__count">{STRINGS.browse.count(shown.length)}</p>
        {shown.length === 0 ? (
          <p>{STRINGS.browse.empty}</p>
        ) : (
          <ul className="entry-list">
            {shown.map((entry) => (
              <li key={entry.id} className="entry-card">
                <EntryLink className="entry-card__title" entry={entry} />
                {type === null && <span className="entry-card__type">{STRINGS.entryTypes[entry.type]}</span>}
                <p className="entry-card__summary">{entry.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

interface TypeLinkProps {
  label: string
  count: number
  href: string
  current: boolean
  entryType?: EntryType
}

function TypeLink({ label, count, href, current, entryType }: TypeLinkProps) {
  return (
    <li>
      <a className="browse__type" href={href} aria-current={current ? 'page' : undefined} data-type={entryType}>
        <span className="browse__type-label">{label}</span>
        <span className="browse__type-count">{count}</span>
      </a>
    </li>
  )
}
