import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../../../renderer/src/routing/routes'

describe('library and briefing pack routes', () => {
  it.each<[string, Route]>([
    ['#/library', { name: 'library' }],
    ['#/packs', { name: 'packs' }],
    ['#/pack/pack-0a1b2c3d4e5f6789', { name: 'pack', id: 'pack-0a1b2c3d4e5f6789' }],
    ['#/print/pack/pack-0a1b2c3d4e5f6789?preset=one-page', { name: 'print-pack', id: 'pack-0a1b2c3d4e5f6789', preset: 'one-page' }],
    ['#/print/pack/pack-0a1b2c3d4e5f6789?preset=with-sources', { name: 'print-pack', id: 'pack-0a1b2c3d4e5f6789', preset: 'with-sources' }],
  ])('reads %s and writes it back', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
    expect(routeHref(route)).toBe(hash)
  })

  it('does not take a print route of an entry for a pack', () => {
    expect(parseRoute('#/print/pack').name).not.toBe('print-pack')
    expect(parseRoute('#/pack').name).toBe('not-found')
    expect(parseRoute('#/library/x').name).toBe('not-found')
  })
})

describe('search route', () => {
  it('keeps how many hits each group shows, so Back returns to as many', () => {
    const hash = '#/search?q=apec%202017&type=meeting&entries=150&passages=100'
    expect(parseRoute(hash)).toEqual({
      name: 'search',
      query: 'apec 2017',
      type: 'meeting',
      from: null,
      to: null,
      shownEntries: 150,
      shownPassages: 100,
    })
    expect(routeHref(parseRoute(hash))).toBe(hash)
  })

  it('reads a missing, zero or malformed count as the first page', () => {
    for (const count of ['0', '-5', 'abc', '1e3', '']) {
      const route = parseRoute(`#/search?q=apec&entries=${count}`)
      expect(route).toMatchObject({ name: 'search', shownEntries: null, shownPassages: null })
      expect(routeHref(route)).toBe('#/search?q=apec')
    }
  })
})
