import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from '../../../../renderer/src/routing/routes'
import { packQuery, parsePackQuery, type PrintablePack } from '../../../../renderer/src/routing/printable-pack'

const pack: PrintablePack = {
  title: 'Chuẩn bị APEC 2017 & họp báo #2?',
  meeting: 'Tuần lễ Cấp cao APEC',
  date: '2017-11-06',
  note: 'Dòng một\nDòng hai',
  entryIds: ['viet-nam', 'apec-2017', 'csom-2017'],
  entryTitles: {},
}

describe('a pack in the address', () => {
  it('survives a round trip with Vietnamese, &, # and ? in its fields', () => {
    expect(parsePackQuery(packQuery(pack))).toEqual(pack)
    expect(parseRoute(routeHref({ name: 'print-briefing', pack, preset: 'full' }))).toEqual({ name: 'print-briefing', pack, preset: 'full' })
  })

  it('drops what is not an entry id or a date, and defaults the preset', () => {
    const route = parseRoute('#/print/briefing?title=X&date=6/11/2017&entries=viet-nam,../etc,,APEC,apec-2017&preset=huh')
    expect(route).toEqual({
      name: 'print-briefing',
      pack: { title: 'X', meeting: '', date: '', note: '', entryIds: ['viet-nam', 'apec-2017'], entryTitles: {} },
      preset: 'one-page',
    })
  })
})

describe('print routes', () => {
  it('reads the entry and preset of #/print/<id>, defaulting to "1 trang"', () => {
    expect(parseRoute('#/print/viet-nam')).toEqual({ name: 'print', id: 'viet-nam', preset: 'one-page' })
    expect(parseRoute('#/print/viet-nam?preset=with-sources')).toEqual({ name: 'print', id: 'viet-nam', preset: 'with-sources' })
    expect(routeHref({ name: 'print', id: 'apec-2017', preset: 'full' })).toBe('#/print/apec-2017?preset=full')
  })
})
