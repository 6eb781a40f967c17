import type { PackInfo } from '../../../../data/core/api-contract'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { SourceList } from '../sources/SourceList'
import { STRINGS } from '../../strings'
import { HomeExplore } from './HomeExplore'
import { HomeReading } from './HomeReading'
import { HomeSearch } from './HomeSearch'
import { HomeYears } from './HomeYears'

/**
 * Where a reader starts: search and what they read last and kept, beside this year's APEC and the
 * years before; the overview pages (the members map, the timeline...); then what the pack holds
 * and its sources.
 */
export function HomePage({ pack }: { pack: PackInfo }) {
  usePageTitle(null)
  const [sources, retry] = useApiResult('sources', () => getEncyclopediaApi().listSources())
  const stats = [
    { value: pack.counts.sources, label: STRINGS.home.sources },
    { value: pack.counts.paragraphs, label: STRINGS.home.paragraphs },
    { value: pack.counts.entries, label: STRINGS.home.entries },
    { value: pack.counts.facts, label: STRINGS.home.facts },
  ]
  return (
    <article className="page home">
      <div className="home__top">
        <div className="home__intro">
          <h1 className="page__title">{pack.title}</h1>
          <p className="page__lead">{STRINGS.appTagline}.</p>
          <HomeSearch />
          <HomeReading />
        </div>
        <HomeYears />
      </div>
      <HomeExplore />
      <section aria-labelledby="home-stats">
        <h2 id="home-stats" className="section-title">
          {STRINGS.home.heading}
        </h2>
        <ul className="stats">
          {stats.map((stat) => (
            <li key={stat.label} className="stats__item">
              <span className="stats__value">{stat.value.toLocaleString('vi-VN')}</span>
              <span className="stats__label">{stat.label}</span>
            </li>
          ))}
        </ul>
        <p className="home__note">
          {STRINGS.home.packVersion} {pack.version} ({STRINGS.home.schemaVersion} {pack.schemaVersion}).{' '}
          {STRINGS.home.offline}
        </p>
      </section>
      <section aria-labelledby="home-sources">
        <h2 id="home-sources" className="section-title">
          {STRINGS.home.latestSources}
        </h2>
        {sources.status === 'loading' && <Loading />}
        {sources.status === 'failed' && <ErrorScreen error={sources.error} onRetry={retry} />}
        {sources.status === 'ready' && <SourceList sources={sources.value.filter((source) => source.kind === 'primary')} />}
        <p>
          <a href={routeHref({ name: 'sources' })}>{STRINGS.home.allSources} →</a>
        </p>
      </section>
    </article>
  )
}
