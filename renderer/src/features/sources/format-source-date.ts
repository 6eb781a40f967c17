import type { SourceDate } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'

/** "2020-11-16" → { day: "16/11/2020" }; "2017-11-07T15:16" → { day: "07/11/2017", time: "15:16" }. */
export function splitIsoDate(value: string): { day: string; time: string | null } {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value)
  if (!match) return { day: value, time: null }
  const [, year, month, day, time] = match
  return { day: `${day}/${month}/${year}`, time: time ?? null }
}

export function formatSourceDate(date: SourceDate): string {
  if (date.kind === 'unknown' || date.value === null) return STRINGS.dates.unknown
  const { day, time } = splitIsoDate(date.value)
  return date.kind === 'event' ? STRINGS.dates.event(day) : STRINGS.dates.published(day, time)
}

export function formatLanguages(languages: readonly string[]): string {
  return languages.map((code) => STRINGS.languageNames[code] ?? code).join(', ')
}
