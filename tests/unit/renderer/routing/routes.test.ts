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
