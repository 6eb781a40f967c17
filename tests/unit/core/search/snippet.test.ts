import { describe, expect, it } from 'vitest'
import { snippet } from '../../../../data/core/search/snippet'

const marked = (result: { text: string; highlights: [number, number][] }): string[] =>
  result.highlights.map(([start, end]) => result.text.slice(start, end))

describe('snippet', () => {
  it('highlights the original substring, marks intact, for a folded query', () => {
    const result = snippet('Tuần lễ Cấp cao APEC tại Đà Nẵng năm 2017.', 'da nang', 200)
    expect(result.text).toBe('Tuần lễ Cấp cao APEC tại Đà Nẵng năm 2017.')
    expect(marked(result)).toEqual(['Đà', 'Nẵng'])
  })

  it('highlights inside NFD text and keeps its combining marks', () => {
    const text = 'Về Đà Nẵng.'.normalize('NFD')
    expect(marked(snippet(text, 'Đà Nẵng', 200))).toEqual([
      'Đà'.normalize('NFD'),
      'Nẵng'.normalize('NFD'),
    ])
  })

  it('matches words at their start only, so "an" does not light up inside "nang"', () => {
    expect(marked(snippet('Đà Nẵng an toàn', 'an', 200))).toEqual(['an'])
  })

  it('highlights a Latin word set straight against Chinese characters, as the index reads it', () => {
    // China.org.cn ¶2: "…在澳大利亚首都堪培拉举行APEC首届部长级会议…"
    expect(marked(snippet('在澳大利亚首都堪培拉举行APEC首届部长级会议,标志着亚太经合组织的正式成立。', 'APEC', 200))).toEqual(['APEC'])
    // Still whole words among Latin letters: no "APEC" inside "APECX" (a word not typed last is
    // never taken as the start of a longer one).
    expect(marked(snippet('举行APECX会议', 'apec nang', 200))).toEqual([])
  })

  it('treats regular-expression characters in the query as plain text', () => {
    expect(() => snippet('a.b (c)', '.*(', 200)).not.toThrow()
    expect(snippet('a.b (c)', '.*(', 200).highlights).toEqual([])
  })

  it('opens a window around the match in a long text, with ellipses', () => {
    const filler = 'Nội dung không liên quan đến truy vấn. '.repeat(20)
    const text = `${filler}Hội nghị diễn ra tại Đà Nẵng vào tháng 11. ${filler}`
    const result = snippet(text, 'đà nẵng', 120)
    expect(result.text.startsWith('…')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    expect(result.text.length).toBeLessThanOrEqual(122)
    expect(marked(result)).toEqual(['Đà', 'Nẵng'])
  })

  it('prefers the window holding the most different query words', () => {
    const text = `Hoa Kỳ ở đây. ${'x '.repeat(200)}Hoa Kỳ và Mỹ cùng ở đây.`
    const result = snippet(text, 'hoa ky my', 60)
    expect(marked(result)).toEqual(['Hoa', 'Kỳ', 'Mỹ'])
  })

  it('merges overlapping Han matches into one highlight', () => {
    const result = snippet('亚太经济合作组织成立于1989年', '亚太经合组织', 200)
    expect(marked(result)).toEqual(['亚太经', '组织'])
  })

  it('returns the start of the text without highlights when nothing matches', () => {
    expect(snippet('Không có gì.', 'singapore', 200)).toEqual({
      text: 'Không có gì.',
      highlights: [],
    })
  })
})
