import { describe, expect, it } from 'vitest'
import { matchesQuery } from '../../../../data/core/search/filter-match'

const APEC = ['Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương', 'Asia-Pacific Economic Cooperation', '亚太经济合作组织', 'APEC', '亚太经合组织']

describe('matchesQuery (glossary and timeline lookups)', () => {
  it.each([
    ['chau a thai binh duong', APEC],
    ['châu Á - Thái Bình Dương', APEC],
    ['CHAU A – THAI', APEC],
    ['asia pacific', APEC],
    ['亚太经合组织', APEC],
    ['亞太經合組織', APEC],
    ['觀察員', ['Quan sát viên', 'observer', '观察员']],
    ['ban thu ky', ['Ban Thư ký']],
  ])('%j matches', (query, texts) => {
    expect(matchesQuery(query, texts)).toBe(true)
  })

  it('needs the words together and in order, not scattered syllables', () => {
    expect(matchesQuery('thu ky', ['Hợp tác kỹ thuật kinh tế'])).toBe(false)
    expect(matchesQuery('duong binh thai', APEC)).toBe(false)
  })

  it('matches everything for an empty query or punctuation alone', () => {
    expect(matchesQuery('', ['x'])).toBe(true)
    expect(matchesQuery(' – ', ['x'])).toBe(true)
  })
})
