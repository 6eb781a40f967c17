import { describe, expect, it } from 'vitest'
import { formatMeetingDate, parseMeetingDate } from '../../../../renderer/src/features/packs/meeting-date'

describe('the meeting date as dd/mm/yyyy', () => {
  it('shows 6 November 2017 as 06/11/2017, and no date as nothing', () => {
    expect(formatMeetingDate('2017-11-06')).toBe('06/11/2017')
    expect(formatMeetingDate('2024-02-26')).toBe('26/02/2024')
    expect(formatMeetingDate('')).toBe('')
  })

  it.each([
    ['06/11/2017', '2017-11-06'],
    ['6/11/2017', '2017-11-06'],
    [' 6 / 11 / 2017 ', '2017-11-06'],
    ['6.11.2017', '2017-11-06'],
    ['06-11-2017', '2017-11-06'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2100', '2100-12-31'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as the day first: %j', (typed, date) => {
    expect(parseMeetingDate(typed)).toEqual({ ok: true, date })
  })

  it.each([
    ['31/02/2017', 'no-such-date'],
    ['29/02/2023', 'no-such-date'],
    ['06/13/2017', 'no-such-date'],
    ['00/11/2017', 'no-such-date'],
    ['2017-11-06', 'format'],
    ['11/6/17', 'format'],
    ['6 tháng 11 năm 2017', 'format'],
    ['06/11/2017 09:00', 'format'],
    ['06/11/0217', 'year'],
    ['06/11/2177', 'year'],
  ] as const)('refuses %j (%s)', (typed, problem) => {
    expect(parseMeetingDate(typed)).toEqual({ ok: false, problem })
  })
})
