import { isEntryType, type EntryType } from '../../../data/core/entry-types'
import { cutQuery } from '../../../data/core/search/query-limit'
import { comparisonQuery, isDefaultView, parseComparisonQuery, type ComparisonView } from './compare-view'
import { parsePrintPreset, type PrintPreset } from './print-presets'
import { packQuery, parsePackQuery, type PrintablePack } from './printable-pack'

/** Routes live in the URL hash (#/source/<id>), so any static web server can serve every page. */
export type Route =
  | { name: 'home' }
  /** `#/sources?page=3`: a page of the primary documents; null or absent, the first. */
  | { name: 'sources'; page?: number | null }
  | { name: 'source'; id: string; paragraph: number | null }
  | { name: 'entry'; id: string }
  | { name: 'browse'; type: EntryType | null }
  | { name: 'history' }
  | { name: 'members' }
  | { name: 'timeline' }
  | { name: 'structure' }
  | { name: 'glossary' }
  /** `#/compare?group=apec&cols=…&sort=…&dir=…&chart=…&pick=…`: the economies side by side. */
  | { name: 'compare'; view: ComparisonView }
  | {
      name: 'search'
      query: string
      type: EntryType | null
      from: number | null
      to: number | null
      /** Hits the page shows per group after "Xem thêm", so Back returns to as many; null: the first page. */
      shownEntries?: number | null
      shownPassages?: number | null
      /** Set when the address held a longer query than MAX_QUERY_CHARS, so the page can say it was cut. */
      queryCut?: true
    }
  | { name: 'library' }
  | { name: 'packs' }
  | { name: 'pack'; id: string }
  | { name: 'print-pack'; id: string; preset: PrintPreset }
  | { name: 'not-found'; path: string }
  | { name: 'print'; id: string; preset: PrintPreset }
  | { name: 'print-briefing'; pack: PrintablePack; preset: PrintPreset }
  | { name: 'print-compare'; view: ComparisonView }

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const [path = '', query = ''] = raw.split('?', 2)
  const segments = path.split('/').filter(Boolean).map(safeDecode)
  if (segments.length === 0) return { name: 'home' }
  if (segments[0] === 'sources' && segments.length === 1) return { name: 'sources', page: parseCount(new URLSearchParams(query).get('page')) }
  if (segments[0] === 'source' && segments.length === 2 && segments[1]) {
    const paragraph = Number(new URLSearchParams(query).get('p'))
    return {
      name: 'source',
      id: segments[1],
      paragraph: Number.isInteger(paragraph) && paragraph > 0 ? paragraph : null,
    }
  }
  if (segments[0] === 'entry' && segments.length === 2 && segments[1]) return { name: 'entry', id: segments[1] }
  if (segments[0] === 'browse' && segments.length === 1) return { name: 'browse', type: null }
  if (segments[0] === 'browse' && segments.length === 2 && segments[1] && isEntryType(segments[1])) {
    return { name: 'browse', type: segments[1] }
  }
  if (segments[0] === 'history' && segments.length === 1) return { name: 'history' }
  if (segments[0] === 'compare' && segments.length === 1) return { name: 'compare', view: parseComparisonQuery(query) }
  if (segments[0] === 'print' && segments[1] === 'compare' && segments.length === 2) {
    return { name: 'print-compare', view: parseComparisonQuery(query) }
  }
  if (segments[0] === 'library' && segments.length === 1) return { name: 'library' }
  if (segments[0] === 'packs' && segments.length === 1) return { name: 'packs' }
  if (segments[0] === 'pack' && segments.length === 2 && segments[1]) return { name: 'pack', id: segments[1] }
  if (segments[0] === 'print' && segments[1] === 'pack' && segments.length === 3 && segments[2]) {
    return { name: 'print-pack', id: segments[2], preset: parsePrintPreset(new URLSearchParams(query).get('preset')) }
  }
  // The whole query string: a `?` typed into the search box arrives encoded, but a hand-edited one may not.
  if (segments[0] === 'search' && segments.length === 1) return parseSearchRoute(raw.slice(path.length + 1))
  if (segments.length === 1 && isOverviewPage(segments[0])) return { name: segments[0] }
  if (segments[0] === 'print' && segments[1] === 'briefing' && segments.length === 2) {
    const packQueryString = raw.slice(path.length + 1)
    const preset = parsePrintPreset(new URLSearchParams(packQueryString).get('preset'))
    return { name: 'print-briefing', pack: parsePackQuery(packQueryString), preset }
  }
  if (segments[0] === 'print' && segments.length === 2 && segments[1]) {
    return { name: 'print', id: segments[1], preset: parsePrintPreset(new URLSearchParams(query).get('preset')) }
  }
  return { name: 'not-found', path: raw }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/'
    case 'sources':
      // The first page has one address, the one every link to the list already uses.
      return route.page && route.page > 1 ? `#/sources?page=${route.page}` : '#/sources'
    case 'source':
      return `#/source/${encodeURIComponent(route.id)}${route.paragraph ? `?p=${route.paragraph}` : ''}`
    case 'entry':
      return `#/entry/${encodeURIComponent(route.id)}`
    case 'browse':
      return route.type ? `#/browse/${route.type}` : '#/browse'
    case 'history':
      return '#/history'
    case 'members':
    case 'timeline':
    case 'structure':
    case 'glossary':
      return `#/${route.name}`
    case 'compare':
      return isDefaultView(route.view) ? '#/compare' : `#/compare?${comparisonQuery(route.view)}`
    case 'print-compare':
      return `#/print/compare?${comparisonQuery(route.view)}`
    case 'search':
      return searchHref(route)
    case 'library':
      return '#/library'
    case 'packs':
      return '#/packs'
    case 'pack':
      return `#/pack/${encodeURIComponent(route.id)}`
    case 'print-pack':
      return `#/print/pack/${encodeURIComponent(route.id)}?preset=${route.preset}`
    case 'not-found':
      return `#${route.path}`
    case 'print':
      return `#/print/${encodeURIComponent(route.id)}?preset=${route.preset}`
    case 'print-briefing':
      return `#/print/briefing?${packQuery(route.pack)}&preset=${route.preset}`
  }
}

function parseSearchRoute(query: string): Route {
  const params = new URLSearchParams(query)
  const type = params.get('type') ?? ''
  // Cut here, before any component sees it: a 500 000-character link froze the tab for 57 s.
  const searched = cutQuery(params.get('q') ?? '')
  return {
    name: 'search',
    query: searched.query,
    ...(searched.cut ? { queryCut: true } : {}),
    type: isEntryType(type) ? type : null,
    from: parseYear(params.get('from')),
    to: parseYear(params.get('to')),
    shownEntries: parseCount(params.get('entries')),
    shownPassages: parseCount(params.get('passages')),
  }
}

function parseCount(value: string | null): number | null {
  if (value === null || !/^\d{1,7}$/.test(value)) return null
  const count = Number(value)
  return count > 0 ? count : null
}

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{1,4}$/.test(value)) return null
  return Number(value)
}

/** Each parameter encoded with encodeURIComponent, so spaces are %20 and `&`, `#`, `?` survive. */
function searchHref(route: Extract<Route, { name: 'search' }>): string {
  const parts = [`q=${encodeURIComponent(route.query)}`]
  if (route.type) parts.push(`type=${route.type}`)
  if (route.from !== null) parts.push(`from=${route.from}`)
  if (route.to !== null) parts.push(`to=${route.to}`)
  if (route.shownEntries) parts.push(`entries=${route.shownEntries}`)
  if (route.shownPassages) parts.push(`passages=${route.shownPassages}`)
  return `#/search?${parts.join('&')}`
}

const OVERVIEW_PAGES = ['members', 'timeline', 'structure', 'glossary'] as const

/** Pages without parameters: the route name is the whole path (#/members). */
function isOverviewPage(segment: string | undefined): segment is (typeof OVERVIEW_PAGES)[number] {
  return (OVERVIEW_PAGES as readonly (string | undefined)[]).includes(segment)
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
