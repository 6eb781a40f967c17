import { describe, expect, it } from 'vitest'
import { noteAt, plainText, textAt, yearTexts, FieldError } from '../../../data/pipeline/factbook/factbook-fields'
import { FigureTextError, NOT_AVAILABLE, parseFigureText } from '../../../data/pipeline/factbook/figure-text'
import { parsePartnerList, resolvePartner } from '../../../data/pipeline/factbook/partners'

const usd = { unit: 'usd', dated: true } as const
const percent = { unit: 'percent', dated: true } as const

describe('parseFigureText: every form the Factbook files use', () => {
  it.each([
    ['$1.456 trillion (2024 est.)', 1_456_000_000_000, 2024, true, 'trillion', 3],
    ['$476.388 billion (2024 est.)', 476_388_000_000, 2024, true, 'billion', 3],
    ['$881.934 million (2023 est.)', 881_934_000, 2023, true, 'million', 3],
    ['$14,400 (2024 est.)', 14_400, 2024, true, 'none', 0],
    ['-$1.134 trillion (2024 est.)', -1_134_000_000_000, 2024, true, 'trillion', 3],
    ['-$458.754 million (2022 est.)', -458_754_000, 2022, true, 'million', 3],
  ])('reads money "%s"', (text, amount, year, estimate, scale, digits) => {
    expect(parseFigureText(text, usd)).toEqual({ amount, unit: 'usd', year, estimate, precision: { scale, digits } })
  })

  it('reads people, percentages (negative too), ages and areas', () => {
    expect(parseFigureText('106,688,169 (2025 est.)', { unit: 'people', dated: true })).toMatchObject({
      amount: 106_688_169,
      year: 2025,
    })
    expect(parseFigureText('7.1% (2024 est.)', percent)).toMatchObject({ amount: 7.1, year: 2024, estimate: true })
    expect(parseFigureText('-0.08% (2025 est.)', percent)).toMatchObject({ amount: -0.08 })
    expect(parseFigureText('45.34% of GDP (2022 est.)', { ...percent, percentOf: ' of GDP' })).toMatchObject({
      amount: 45.34,
      precision: { scale: 'none', digits: 2 },
    })
    // A year without "est." is a figure the source states, not an estimate.
    expect(parseFigureText('39.5% of total population (2023)', { ...percent, percentOf: ' of total population' })).toMatchObject({
      amount: 39.5,
      year: 2023,
      estimate: false,
    })
    expect(parseFigureText('33.5 years (2025 est.)', { unit: 'years', dated: true })).toMatchObject({ amount: 33.5 })
    expect(parseFigureText('331,210 sq km', { unit: 'km2', dated: false })).toMatchObject({ amount: 331_210, year: null })
    expect(parseFigureText('510.072 million sq km', { unit: 'km2', dated: false })).toMatchObject({ amount: 510_072_000 })
  })

  it('takes "NA" as no figure, not as zero', () => {
    expect(parseFigureText('NA', usd)).toBe(NOT_AVAILABLE)
    expect(parseFigureText('NA (2023 est.)', usd)).toBe(NOT_AVAILABLE)
    expect(parseFigureText('NA%', percent)).toBe(NOT_AVAILABLE)
  })

  it.each([
    ['about $1.5 trillion (2024 est.)', usd, 'không đọc được "about $1.5 trillion (2024 est.)"'],
    ['$1.456 trillion', usd, 'không ghi năm'],
    ['1.456 trillion (2024 est.)', usd, 'không đọc được'],
    ['7.1 (2024 est.)', percent, 'không đọc được'],
    ['58.5% of GNP (2017 est.)', { ...percent, percentOf: ' of GDP' }, 'sau dấu % cần " of GDP", gặp " of GNP"'],
    ['7.1% of GDP (2024 est.)', percent, 'sau dấu % cần "", gặp " of GDP"'],
    ['331,210 sq km (2020 est.)', { unit: 'km2', dated: false }, 'trường này không ghi năm'],
    ['$1.2 zillion (2024 est.)', usd, 'không đọc được'],
  ] as const)('refuses "%s" and says why', (text, expect_, message) => {
    expect(() => parseFigureText(text, expect_)).toThrow(FigureTextError)
    expect(() => parseFigureText(text, expect_)).toThrow(message)
  })
})

describe('Factbook fields', () => {
  const json = {
    Geography: { Area: { 'total ': { text: '331,210 sq km' } } },
    Economy: {
      Exports: {
        'Exports 2023': { text: '$374.986 billion (2023 est.)' },
        'Exports 2024': { text: '$429.383 billion (2024 est.)' },
        note: '<b>note:</b> balance of payments - exports of goods and services in current dollars',
      },
      'Public debt': { 'Public debt 2017': { text: '58.5% of GDP (2017 est.)' }, 'Public debt total': { text: '1%' } },
      Odd: { note: { text: '<strong>note:</strong> data in 2021 dollars &amp; more<br><br>' } },
    },
  }

  it('finds a key written with a trailing space ("total ")', () => {
    expect(textAt(json, ['Geography', 'Area', 'total'])).toEqual({ path: ['Geography', 'Area', 'total'], text: '331,210 sq km' })
  })

  it('reads per-year keys newest first, skipping the note', () => {
    expect(yearTexts(json, ['Economy', 'Exports']).map((item) => item.path.at(-1))).toEqual(['Exports 2024', 'Exports 2023'])
  })

  it('refuses a per-year field with a key that is not a year, naming the key', () => {
    try {
      yearTexts(json, ['Economy', 'Public debt'])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(FieldError)
      expect(error instanceof FieldError ? error.path : []).toEqual(['Economy', 'Public debt', 'Public debt total'])
    }
  })

  it('names the missing key of a path', () => {
    expect(() => textAt(json, ['Economy', 'Imports'])).toThrow('không có trường này')
  })

  it('reads notes holding HTML as plain text, as a string or as { text }', () => {
    expect(noteAt(json, ['Economy', 'Exports'])).toBe('balance of payments - exports of goods and services in current dollars')
    expect(noteAt(json, ['Economy', 'Odd'])).toBe('data in 2021 dollars & more')
    expect(noteAt(json, ['Geography', 'Area'])).toBeNull()
    expect(plainText('<em>ha </em>(river) and <em>noi </em>')).toBe('ha (river) and noi')
  })
})

describe('trade partners', () => {
  it('reads a list and dates every share by the year closing it', () => {
    expect(parsePartnerList('USA 28%, China 20%, S. Korea 6%, Hong Kong 4%, Taiwan 3.5% (2023)')).toEqual([
      expect.objectContaining({ englishName: 'USA', share: expect.objectContaining({ amount: 28, year: 2023, estimate: false }) }),
      expect.objectContaining({ englishName: 'China', share: expect.objectContaining({ amount: 20 }) }),
      expect.objectContaining({ englishName: 'S. Korea', share: expect.objectContaining({ amount: 6 }) }),
      expect.objectContaining({ englishName: 'Hong Kong', share: expect.objectContaining({ amount: 4 }) }),
      expect.objectContaining({ englishName: 'Taiwan', share: expect.objectContaining({ amount: 3.5 }) }),
    ])
  })

  it('refuses a list without its year, or an item without a share', () => {
    expect(() => parsePartnerList('USA 28%, China 20%')).toThrow('không ghi năm')
    expect(() => parsePartnerList('USA 28%, China (2023)')).toThrow('không đọc được đối tác "China"')
  })

  const apec = new Map([
    ['TW', { id: 'chinese-taipei', title: 'Đài Bắc, Trung Hoa' }],
    ['HK', { id: 'hong-kong-china', title: 'Hồng Công, Trung Quốc' }],
    ['KR', { id: 'korea', title: 'Hàn Quốc' }],
    ['US', { id: 'united-states', title: 'Hoa Kỳ' }],
  ])

  it('names APEC members by our entries, with a link: Taiwan is Đài Bắc, Trung Hoa', () => {
    expect(resolvePartner('Taiwan', apec)).toEqual({ name: 'Đài Bắc, Trung Hoa', linkId: 'chinese-taipei' })
    expect(resolvePartner('Hong Kong', apec)).toEqual({ name: 'Hồng Công, Trung Quốc', linkId: 'hong-kong-china' })
    expect(resolvePartner('S. Korea', apec)).toEqual({ name: 'Hàn Quốc', linkId: 'korea' })
    expect(resolvePartner('Korea, South', apec)).toEqual({ name: 'Hàn Quốc', linkId: 'korea' })
    expect(resolvePartner('USA', apec)).toEqual({ name: 'Hoa Kỳ', linkId: 'united-states' })
  })

  it('names other countries in Vietnamese from the library, without a link', () => {
    expect(resolvePartner('Germany', apec)).toEqual({ name: 'Đức', linkId: null })
    expect(resolvePartner('India', apec)).toEqual({ name: 'Ấn Độ', linkId: null })
    expect(resolvePartner('Laos', apec)).toEqual({ name: 'Lào', linkId: null })
  })

  it('refuses a partner it does not know', () => {
    expect(() => resolvePartner('Atlantis', apec)).toThrow('không biết đối tác "Atlantis"')
  })
})
