import { describe, expect, it } from 'vitest'
import { MAX_QUERY_CHARS } from '../../../../data/core/search/query-limit'
import {
  MAX_QUERY_TERMS,
  limitQuery,
  parseQuery,
  tokenizeForIndex,
} from '../../../../data/core/search/tokenize'

describe('tokenizeForIndex', () => {
  it('splits Vietnamese words on anything that is not a letter, mark or digit', () => {
    expect(tokenizeForIndex('Ô-xtrây-li-a (Úc), APEC 2017!')).toEqual([
      'Ô',
      'xtrây',
      'li',
      'a',
      'Úc',
      'APEC',
      '2017',
    ])
  })

  it('keeps an NFD syllable whole instead of splitting at its marks', () => {
    expect(tokenizeForIndex('Đà Nẵng'.normalize('NFD'))).toEqual(['Đà', 'Nẵng'])
  })

  it('separates Han runs from Latin letters written next to them', () => {
    const terms = tokenizeForIndex('APEC亚太')
    expect(terms[0]).toBe('APEC')
    expect(terms).toContain('亚太')
  })

  it('gives 亚太经合组织 bigrams that also occur in 亚太经济合作组织', () => {
    const abbreviated = new Set(tokenizeForIndex('亚太经合组织'))
    const full = new Set(tokenizeForIndex('亚太经济合作组织'))
    const shared = [...abbreviated].filter((term) => full.has(term))
    expect(shared).toEqual(expect.arrayContaining(['亚太', '组织']))
    expect(abbreviated).toContain('经合')
  })

  it('indexes a single Han character on its own', () => {
    expect(tokenizeForIndex('美')).toEqual(['美'])
  })
})

describe('query limits', () => {
  it(`keeps at most ${MAX_QUERY_CHARS} characters`, () => {
    const runs = limitQuery('a'.repeat(500))
    expect(runs).toHaveLength(1)
    expect(runs[0]?.text).toHaveLength(MAX_QUERY_CHARS)
  })

  it(`keeps at most ${MAX_QUERY_TERMS} terms`, () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`)
    const parsed = parseQuery(words.join(' '))
    expect(parsed.words).toHaveLength(MAX_QUERY_TERMS)
    expect(parsed.words[0]?.folded).toBe('w0')
  })

  it('counts characters after NFC, so NFD input is not cut shorter', () => {
    const text = 'Đà Nẵng '.repeat(30)
    expect(limitQuery(text.normalize('NFD')).map((run) => run.text)).toEqual(
      limitQuery(text).map((run) => run.text),
    )
  })

  it('gives exact and folded forms of each word', () => {
    expect(parseQuery('Đà  NẴNG').words).toEqual([
      { exact: 'đà', folded: 'da' },
      { exact: 'nẵng', folded: 'nang' },
    ])
  })

  it.each(['', '   ', '?!…,.;', '\u0301\u0300', '\u0000\uFFFF', '\uD800'])(
    'finds no terms in %j',
    (query) => {
      expect(parseQuery(query)).toEqual({ words: [], han: [] })
    },
  )
})
