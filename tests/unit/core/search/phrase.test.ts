import { describe, expect, it } from 'vitest'
import { foldVietnamese } from '../../../../data/core/search/fold'
import { containsPhrase, foldedWords } from '../../../../data/core/search/phrase'
import { splitRuns } from '../../../../data/core/search/tokenize'

const words = (phrase: string) => phrase.split(' ')

describe('foldedWords', () => {
  it.each([
    'Đà Nẵng',
    'Ô-xtrây-li-a',
    '  APEC, Việt Nam (2017)…  ',
    'APEC亚太经合组织 2017',
    'Hội nghị "Cấp cao" lần thứ 25/2017',
    'Đ\u0301a n\u0303ang',
    '𠀀𠀁 chữ Hán ngoài BMP',
    '',
  ])('splits %j where the tokenizer does', (text) => {
    const expected = splitRuns(foldVietnamese(text))
      .map((run) => run.text)
      .join(' ')
    expect(foldedWords(text)).toBe(expected)
  })
})

describe('containsPhrase', () => {
  const text = foldVietnamese('Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương, họp ở Đà Nẵng.')

  it('finds consecutive words, whatever separates them', () => {
    expect(containsPhrase(text, words('chau a thai binh duong'))).toBe(true)
    expect(containsPhrase(text, words('duong hop o'))).toBe(true)
  })

  it('needs word boundaries, except at the end of the last word', () => {
    expect(containsPhrase(text, words('thai binh d'))).toBe(true)
    expect(containsPhrase(text, words('hai binh duong'))).toBe(false)
    expect(containsPhrase(text, words('tha binh duong'))).toBe(false)
  })

  it('refuses the same words out of order or apart', () => {
    expect(containsPhrase(text, words('binh thai duong'))).toBe(false)
    expect(containsPhrase(text, words('hop kinh'))).toBe(false)
  })
})
