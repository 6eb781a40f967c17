import { SLUG_PATTERN } from '../../../data/core/slug'
import { idRecord } from '../../../data/core/library/id-records'

/**
 * A briefing pack as the print composition needs it. Stored packs (the user library) and the
 * `#/print/briefing?...` address both come down to this shape.
 */
export interface PrintablePack {
  title: string
  meeting: string
  /** "YYYY-MM-DD", or "" when the pack has no date. */
  date: string
  note: string
  entryIds: string[]
  /** Titles the pack remembers, shown for an entry that is no longer in the data pack. */
  entryTitles: Record<string, string>
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
/** A pack address is for sharing a handful of sheets; a longer list is cut, never refused. */
const MAX_ENTRIES = 100
const MAX_TEXT = 2000

/** The pack described by a `#/print/briefing?title=…&meeting=…&date=…&note=…&entries=a,b,c` query. */
export function parsePackQuery(query: string): PrintablePack {
  const params = new URLSearchParams(query)
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, MAX_TEXT)
  const date = text('date')
  return {
    title: text('title'),
    meeting: text('meeting'),
    date: DATE_PATTERN.test(date) ? date : '',
    note: text('note'),
    entryIds: (params.get('entries') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => SLUG_PATTERN.test(id))
      .slice(0, MAX_ENTRIES),
    entryTitles: idRecord(),
  }
}

/** The query of a pack address, each value encoded so `&`, `#` and `?` in a title survive. */
export function packQuery(pack: PrintablePack): string {
  const parts = [
    ['title', pack.title],
    ['meeting', pack.meeting],
    ['date', pack.date],
    ['note', pack.note],
  ]
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${encodeURIComponent(value ?? '')}`)
  parts.push(`entries=${pack.entryIds.map(encodeURIComponent).join(',')}`)
  return parts.join('&')
}
