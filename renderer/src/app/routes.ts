/** Routes live in the URL hash (#/source/<id>), so any static web server can serve every page. */
export type Route =
  | { name: 'home' }
  | { name: 'sources' }
  | { name: 'source'; id: string; paragraph: number | null }
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
    case 'not-found':
      return `#${route.path}`
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
