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

describe('search route and the query limit', () => {
  const hashFor = (query: string) => `#/search?q=${encodeURIComponent(query)}&type=economy`

  it('cuts a 500 000-character query to 200 characters and says so, keeping the other parameters', () => {
    const route = parseRoute(hashFor('hợp tác kinh tế '.repeat(31_250)))
    expect(route).toEqual({
      name: 'search',
      query: 'hợp tác kinh tế '.repeat(13).slice(0, 200),
      queryCut: true,
      type: 'economy',
      from: null,
      to: null,
      shownEntries: null,
      shownPassages: null,
    })
  })

  it('keeps a query of exactly 200 characters as it is, with no notice', () => {
    const query = 'Đà Nẵng '.repeat(25)
    expect(query).toHaveLength(200)
    expect(parseRoute(hashFor(query))).toEqual({
      name: 'search',
      query,
      type: 'economy',
      from: null,
      to: null,
      shownEntries: null,
      shownPassages: null,
    })
  })

  it('counts decomposed Vietnamese as it looks: 375 code units of NFD are 125 letters, not cut', () => {
    const decomposed = 'ệ'.normalize('NFD').repeat(125) // e + two marks each
    expect(decomposed).toHaveLength(375)
    const route = parseRoute(hashFor(decomposed))
    expect(route).toMatchObject({ query: 'ệ'.repeat(125) })
    expect(route).not.toHaveProperty('queryCut')
  })

  it('never keeps half of a character that takes two code units', () => {
    const route = parseRoute(hashFor(`${'a'.repeat(199)}😀😀`))
    expect(route).toMatchObject({ query: 'a'.repeat(199), queryCut: true })
  })
})

describe('source list route (issue 13: pages of a 126 000-document pack)', () => {
  it('keeps the page in the address, so Back, Forward and reload return to it', () => {
    expect(parseRoute('#/sources?page=3')).toEqual({ name: 'sources', page: 3 })
    expect(routeHref({ name: 'sources', page: 3 })).toBe('#/sources?page=3')
    expect(routeHref({ name: 'sources', page: 1263 })).toBe('#/sources?page=1263')
  })

  it('gives the first page the address every link to the list already uses', () => {
    expect(routeHref({ name: 'sources', page: 1 })).toBe('#/sources')
    expect(routeHref({ name: 'sources' })).toBe('#/sources')
    expect(parseRoute('#/sources')).toEqual({ name: 'sources', page: null })
  })

  it('reads a missing, zero or malformed page as the first', () => {
    for (const page of ['0', '-2', 'ba', '2.5', '1e3', '']) {
      expect(parseRoute(`#/sources?page=${page}`), page).toEqual({ name: 'sources', page: null })
    }
  })
})
