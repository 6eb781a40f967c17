import { useId, useMemo, useState } from 'react'
import type { TimelineEvent } from '../../../../data/core/api-contract'
import { ENTRY_TYPES, isEntryType } from '../../../../data/core/entry-types'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import {
  NO_FILTER,
  filterTimeline,
  formatEventDate,
  groupByYear,
  type TimelineFilter,
} from './timeline-filter'

/** Every dated fact from 1989 on, grouped by year, each with its source; filterable. */
export function TimelinePage() {
  usePageTitle(STRINGS.timeline.heading)
  const [timeline, retry] = useApiResult('timeline', () => getEncyclopediaApi().getTimeline())
  return (
    <article className="page overview timeline-page">
      <h1 className="page__title">{STRINGS.timeline.heading}</h1>
      <p className="page__lead">{STRINGS.timeline.intro}</p>
      {timeline.status === 'loading' && <Loading />}
      {timeline.status === 'failed' && <ErrorScreen error={timeline.error} onRetry={retry} />}
      {timeline.status === 'ready' && <Timeline events={timeline.value} />}
    </article>
  )
}

function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER)
  const years = useMemo(() => [...new Set(events.map((event) => event.year))].sort((a, b) => a - b), [events])
  const types = useMemo(() => ENTRY_TYPES.filter((type) => events.some((event) => event.entry.type === type)), [events])
  const shown = filterTimeline(events, filter)
  const groups = groupByYear(shown)
  const ids = { type: useId(), from: useId(), to: useId(), text: useId() }
  const update = (change: Partial<TimelineFilter>) =>
    setFilter((current) => {
      const next = { ...current, ...change }
      // Keep the range the right way round: moving one end past the other moves both.
      if (next.from !== null && next.to !== null && next.from > next.to) {
        if (change.from !== undefined) next.to = next.from
        else next.from = next.to
      }
      return next
    })

  return (
    <>
      <form className="filter-bar" aria-label={STRINGS.timeline.filters} onSubmit={(event) => event.preventDefault()}>
        <label className="filter-bar__field" htmlFor={ids.type}>
          <span className="filter-bar__label">{STRINGS.timeline.type}</span>
          <select
            id={ids.type}
            className="filter-bar__input"
            value={filter.type ?? ''}
            onChange={(event) => update({ type: isEntryType(event.target.value) ? event.target.value : null })}
          >
            <option value="">{STRINGS.timeline.allTypes}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {STRINGS.entryTypes[type]}
              </option>
            ))}
          </select>
        </label>
        <YearSelect id={ids.from} label={STRINGS.timeline.from} years={years} value={filter.from} onChange={(from) => update({ from })} />
        <YearSelect id={ids.to} label={STRINGS.timeline.to} years={years} value={filter.to} onChange={(to) => update({ to })} />
        <label className="filter-bar__field filter-bar__field--wide" htmlFor={ids.text}>
          <span className="filter-bar__label">{STRINGS.timeline.text}</span>
          <input
            id={ids.text}
            className="filter-bar__input"
            type="search"
            value={filter.text}
            placeholder={STRINGS.timeline.textPlaceholder}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => update({ text: event.target.value })}
          />
        </label>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setFilter(NO_FILTER)}
          disabled={filter === NO_FILTER}
        >
          {STRINGS.timeline.reset}
        </button>
      </form>
      <p className="overview__count" role="status" data-count={shown.length}>
        {STRINGS.timeline.count(shown.length, events.length)}
      </p>
      {groups.length === 0 && <p className="muted">{STRINGS.timeline.empty}</p>}
      <ol className="timeline">
        {groups.map((group) => (
          <li key={group.year} className="timeline__year" data-year={group.year}>
            <h2 className="timeline__year-title">
              {group.year}
              <span className="visually-hidden">, </span>
              <span className="timeline__year-count">{STRINGS.timeline.yearCount(group.events.length)}</span>
            </h2>
            <ol className="timeline__events">
              {group.events.map((event, index) => (
                <TimelineItem key={`${event.entry.id}-${event.date}-${index}`} event={event} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  )
}

function YearSelect(props: {
  id: string
  label: string
  years: readonly number[]
  value: number | null
  onChange: (year: number | null) => void
}) {
  const { id, label, years, value, onChange } = props
  return (
    <label className="filter-bar__field" htmlFor={id}>
      <span className="filter-bar__label">{label}</span>
      <select
        id={id}
        className="filter-bar__input"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">—</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  )
}

function TimelineItem({ event }: { event: TimelineEvent }) {
  const { citation } = event
  const reference = citation.sourceKind === 'reference' || citation.paragraph === null
  return (
    <li className="timeline__event" data-type={event.entry.type}>
      <time className="timeline__date" dateTime={event.date}>
        {formatEventDate(event.date)}
      </time>
      <div className="timeline__body">
        <a className="timeline__entry" href={routeHref({ name: 'entry', id: event.entry.id })}>
          {event.entry.title}
        </a>
        <span className="timeline__type">{STRINGS.entryTypes[event.entry.type]}</span>
        <p className="timeline__label">{event.label}</p>
        <p className="timeline__citation">
          {STRINGS.timeline.source}:{' '}
          <a
            href={routeHref({
              name: 'source',
              id: citation.sourceId,
              paragraph: reference ? null : citation.paragraph,
            })}
          >
            {citation.sourceTitle}
            {reference ? ` (${STRINGS.timeline.reference})` : `, ${STRINGS.timeline.paragraph(citation.paragraph ?? 0)}`}
          </a>
        </p>
      </div>
    </li>
  )
}
