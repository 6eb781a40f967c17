import { describe, expect, it } from 'vitest'
import { formatNumber, formatQuantity, yearNote } from '../../../../data/core/economy/quantity'

describe('Vietnamese display of figures', () => {
  it('writes a decimal comma and dots between thousands', () => {
    expect(formatNumber(331_210, 0)).toBe('331.210')
    expect(formatNumber(1_456_000.5, 1)).toBe('1.456.000,5')
    expect(formatNumber(-8.47, 2)).toBe('-8,47')
    expect(formatNumber(-0.004, 2)).toBe('0,00')
  })

  it('names magnitudes as Vietnamese does: trillion is "nghìn tỷ", billion "tỷ", million "triệu"', () => {
    expect(formatQuantity(1.456e12, 'usd', { scale: 'trillion', digits: 3 })).toBe('1,456 nghìn tỷ USD')
    expect(formatQuantity(476.388e9, 'usd', { scale: 'billion', digits: 3 })).toBe('476,388 tỷ USD')
    expect(formatQuantity(-458.754e6, 'usd', { scale: 'million', digits: 3 })).toBe('-458,754 triệu USD')
    expect(formatQuantity(14_400, 'usd', { scale: 'none', digits: 0 })).toBe('14.400 USD')
  })

  it('shows people in millions or billions, and small populations in full', () => {
    expect(formatQuantity(106_688_169, 'people')).toBe('106,7 triệu người')
    expect(formatQuantity(1_407_181_209, 'people')).toBe('1,41 tỷ người')
    expect(formatQuantity(491_900, 'people')).toBe('491.900 người')
  })

  it('puts a space before "%" and writes areas in km²', () => {
    expect(formatQuantity(7.1, 'percent', { scale: 'none', digits: 1 })).toBe('7,1 %')
    expect(formatQuantity(331_210, 'km2', { scale: 'none', digits: 0 })).toBe('331.210 km²')
    expect(formatQuantity(33.5, 'years', { scale: 'none', digits: 1 })).toBe('33,5 tuổi')
  })

  it('says "ước tính" for an estimate', () => {
    expect(yearNote(2024, true)).toBe('ước tính 2024')
    expect(yearNote(2023, false)).toBe('2023')
  })
})
