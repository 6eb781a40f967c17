import type { ApecYear } from '../../../../data/core/api-contract'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { useApiResult } from '../../data/useApiResult'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { pickApecYears } from './pick-apec-years'

const RECENT_YEARS = 4

/** This year's APEC (or the latest the pack has) and the years before it, each a way into its entry. */
export function HomeYears() {
  const [years, retry] = useApiResult('apec-years', () => getEncyclopediaApi().listApecYears())
  return (
    <section className="home-years" aria-labelledby="home-years">
      <h2 id="home-years" className="section-title">
        {STRINGS.home.years.heading}
      </h2>
      {years.status === 'loading' && <Loading />}
      {years.status === 'failed' && <ErrorScreen error={years.error} onRetry={retry} />}
      {years.status === 'ready' && <YearList years={years.value} />}
      <p className="home-more">
        <a href={routeHref({ name: 'timeline' })}>{STRINGS.home.years.timeline} →</a>
      </p>
    </section>
  )
}

function YearList({ years }: { years: readonly ApecYear[] }) {
  const { thisYear, featured, recent } = pickApecYears(years, new Date().getFullYear(), RECENT_YEARS)
  if (!featured) return null
  return (
    <>
      <article className="year-card" data-year={featured.year}>
        <p className="year-card__when">{thisYear ? STRINGS.home.years.thisYear(thisYear.year) : STRINGS.home.years.latest}</p>
        <a className="year-card__title" href={routeHref({ name: 'entry', id: featured.entry.id })}>
          {featured.entry.title}
        </a>
        <p className="year-card__host">{STRINGS.home.years.hostedBy(featured.host.title)}</p>
        <p className="year-card__summary">{featured.entry.summary}</p>
      </article>
      {recent.length > 0 && (
        <>
          <h3 className="home-years__recent">{STRINGS.home.years.recent}</h3>
          <ul className="year-list">
            {recent.map((year) => (
              <li key={year.entry.id} className="year-list__item" data-year={year.year}>
                <a href={routeHref({ name: 'entry', id: year.entry.id })}>
                  <span className="year-list__year">{year.year}</span>
                  <span className="year-list__host">{year.host.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
