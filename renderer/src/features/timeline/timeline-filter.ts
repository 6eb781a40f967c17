import type { TimelineEvent } from '../../../../data/core/api-contract'
import type { EntryType } from '../../../../data/core/entry-types'
import { STRINGS } from '../../strings'
import { matchesQuery } from '../../../../data/core/search/filter-match'

export interface TimelineFilter {
  type: EntryType | null
  from: number | null
  to: number | null
  text: string
}

export const NO_FILTER: TimelineFilter = { type: null, from: null, to: null, text: '' }

export function filterTimeline(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  return events.filter(
    (event) =>
      (filter.type === null || event.entry.type === filter.type) &&
      (filter.from === null || event.year >= filter.from) &&
      (filter.to === null || event.year <= filter.to) &&
      matchesQuery(filter.text, [
        event.entry.title,
        event.entry.nameEn,
        event.entry.nameZh,
        event.label,
        event.citation.sourceTitle,
      ]),
  )
}

export interface YearGroup {
  year: number
  events: TimelineEvent[]
}

/** Events are already oldest first; this keeps that order within and across years. */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = []
  for (const event of events) {
    const last = groups.at(-1)
    if (last && last.year === event.year) last.events.push(event)
    else groups.push({ year: event.year, events: [event] })
  }
  return groups
}

/** "2017-11-06" → "06/11/2017", "1989-11" → "tháng 11/1989", "1989" → "năm 1989". */
export function formatEventDate(date: string): string {
  const [year = '', month, day] = date.split('-')
  if (month && day) return STRINGS.timeline.day(day, month, year)
  if (month) return STRINGS.timeline.month(Number(month), year)
  return STRINGS.timeline.year(year)
}
