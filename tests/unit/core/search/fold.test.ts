import { describe, expect, it } from 'vitest'
import {
  foldAligned,
  foldCharacters,
  foldVietnamese,
  foldWithOffsets,
} from '../../../../data/core/search/fold'

const nfd = (text: string): string => text.normalize('NFD')

describe('foldVietnamese', () => {
  it.each([
    ['Đà Nẵng', 'da nang'],
    ['Thái Bình Dương', 'thai binh duong'],
    ['Ô-xtrây-li-a', 'o-xtray-li-a'],
    ['ĐẶNG đình ĐỨC', 'dang dinh duc'],
    ['Hồng Công, Trung Quốc', 'hong cong, trung quoc'],
    ['Mỹ', 'my'],
    ['亚太经合组织', '亚太经合组织'],
    ['APEC 2017', 'apec 2017'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected)
  })

  it('gives the same result for NFD input as for NFC input', () => {
    const nfc = 'Đà Nẵng, Hà Nội, Thừa Thiên Huế'
    expect(nfd(nfc)).not.toBe(nfc)
    expect(foldVietnamese(nfd(nfc))).toBe(foldVietnamese(nfc))
    expect(foldVietnamese(nfd(nfc))).toBe('da nang, ha noi, thua thien hue')
  })

  it('turns đ and Đ into d, which normalisation alone never does', () => {
    expect('đ'.normalize('NFD')).toBe('đ')
    expect(foldVietnamese('đĐ')).toBe('dd')
  })
})

describe('foldWithOffsets', () => {
  const samples = [
    'Đà Nẵng',
    nfd('Đà Nẵng là thành phố'),
    'Ô-xtrây-li-a (Úc) và Hoa Kỳ (Mỹ)',
    'APEC 亚太经合组织 🌏 Việt Nam',
    'ΟΔΟΣ İstanbul',
    'lone \uD800 surrogate \uDC00 halves',
    'plain ascii, Mixed CASE 123',
    '',
  ]

  it.each(samples)('folds %j exactly like foldVietnamese', (text) => {
    expect(foldWithOffsets(text).folded).toBe(foldVietnamese(text))
    expect(foldCharacters(text)).toBe(foldVietnamese(text))
    // Aligned folding answers only when positions match one to one, and then agrees too.
    const aligned = foldAligned(text)
    if (aligned !== null) expect(aligned).toBe(foldVietnamese(text))
    expect(aligned === null).toBe(foldWithOffsets(text).offsets.some((at, i) => at !== i))
  })

  it.each(samples)('maps every folded position into %j', (text) => {
    const { folded, offsets } = foldWithOffsets(text)
    expect(offsets).toHaveLength(folded.length + 1)
    expect(offsets[folded.length]).toBe(text.length)
    for (let i = 1; i < offsets.length; i++)
      expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1] ?? 0)
  })

  it('maps a folded match back to the marked original, marks included', () => {
    const text = 'Thành phố Đà Nẵng nằm bên biển'
    const { folded, offsets } = foldWithOffsets(text)
    const start = folded.indexOf('da nang')
    const end = start + 'da nang'.length
    expect(text.slice(offsets[start], offsets[end])).toBe('Đà Nẵng')
  })

  it('keeps trailing combining marks of NFD input inside the mapped range', () => {
    const text = nfd('về Đà Nẵng.')
    const { folded, offsets } = foldWithOffsets(text)
    const start = folded.indexOf('da nang')
    const original = text.slice(offsets[start], offsets[start + 'da nang'.length])
    expect(original).toBe(nfd('Đà Nẵng'))
  })
})
