/**
 * A pack's meeting date as Vietnamese offices write it, dd/mm/yyyy, whatever the machine's locale:
 * a browser's own date input follows the system (11/06/2017 for 6 November on an en-US machine).
 * The library keeps "YYYY-MM-DD", or "" for no date.
 */

export type MeetingDateInput =
  | { ok: true; date: string }
  | { ok: false; problem: 'format' | 'no-such-date' | 'year' }

/** The earliest and latest years a meeting date may have: a typo like 0217 or 20177 is caught. */
const FIRST_YEAR = 1900
const LAST_YEAR = 2100

/** "2017-11-06" → "06/11/2017"; "" → "". */
export function formatMeetingDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : ''
}

/**
 * What the user typed, as the date to keep. Day and month may have one digit, and `.` or `-` may
 * stand for `/` (6/11/2017, 06-11-2017, 6.11.2017); the year has four digits. Nothing typed is no date.
 */
export function parseMeetingDate(text: string): MeetingDateInput {
  const typed = text.trim()
  if (typed === '') return { ok: true, date: '' }
  const match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(typed)
  if (!match) return { ok: false, problem: 'format' }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: 'year' }
  if (!isCalendarDate(year, month, day)) return { ok: false, problem: 'no-such-date' }
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` }
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
