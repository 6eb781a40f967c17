import { isEntryType, type EntryType } from '../../../data/core/entry-types'

/** Routes live in the URL hash (#/source/<id>), so any static web server can serve every page. */
export type Route =
  | { name: 'home' }
  | { name: 'sources' }
  | { name: 'source'; id: string; paragraph: number | null }
  | { name: 'entry'; id: string }
  | { name: 'browse'; type: EntryType | null }
  | { name: 'history' }
  | { name: 'members' }
  | { name: 'timeline' }
  | { name: 'structure' }
  | { name: 'glossary' }
  | { name: 'not-found'; path: string }

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const [path = '', query = ''] = raw.split('?', 2)
  const segments = path.split('/').filter(Boolean).map(safeDecode)
  if (segments.length === 0) return { name: 'home' }
  if (segments[0] === 'sources' && segments.length === 1) return { name: 'sources' }
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
  if (segments.length === 1 && isOverviewPage(segments[0])) return { name: segments[0] }
  return { name: 'not-found', path: raw }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/'
    case 'sources':
      return '#/sources'
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
    case 'not-found':
      return `#${route.path}`
  }
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
