import { describe, expect, it } from 'vitest'
import { englishMentions } from '../../../data/pipeline/reference-checks'

describe('dates and counts read from the English editorial reference', () => {
  it('reads day ranges, American dates, months alone and ISO dates', () => {
    const found = englishMentions(
      'Ministers of 12 economies met in Canberra on 6-7 November 1989. Established on January 1, 1995. ' +
        'Withdrew in January 2017; signed 2018-03-08.',
    )
    expect([...found.dates].sort()).toEqual(['1989-11-06', '1989-11-07', '1995-01-01', '2018-03-08'])
    expect(found.months).toContain('2017-01')
    expect(found.months).not.toContain('1989-10')
    expect(found.years).toEqual(new Set(['1989', '1995', '2017', '2018']))
  })

  it('reads counts written as digits or as words, and nothing else', () => {
    const found = englishMentions('four high-level committees, held three to four times a year by 21 members')
    expect(found.numbers).toEqual(new Set(['3', '4', '21']))
  })
})
