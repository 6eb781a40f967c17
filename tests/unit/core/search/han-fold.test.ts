import { describe, expect, it } from 'vitest'
import { foldAligned, foldVietnamese, foldWithOffsets } from '../../../../data/core/search/fold'
import { hanFoldPairs } from '../../../../data/core/search/han-variants'
import { search, suggest } from '../../../../data/core/search/search'
import { createSearchIndex, type SearchDocument } from '../../../../data/core/search/search-index'

/** From the China.org.cn seed: simplified text must come out of folding as it went in. */
const SIMPLIFIED = '亚太经济合作组织是亚太地区层级最高、领域最广、最具影响力的经济合作机制,现有21个成员以及东盟秘书处。什么'

describe('traditional Chinese folds to simplified', () => {
  it.each([
    ['觀察員', '观察员'],
    ['亞太經合組織', '亚太经合组织'],
    ['亞太經濟合作組織', '亚太经济合作组织'],
    ['東盟秘書處', '东盟秘书处'],
    // A Hong Kong variant that the traditional table itself does not list.
    ['衞生', '卫生'],
  ])('%s folds to %s', (traditional, simplified) => {
    expect(foldVietnamese(traditional)).toBe(simplified)
  })

  it('leaves simplified text, Vietnamese and Latin as folding always did', () => {
    expect(foldVietnamese(SIMPLIFIED)).toBe(SIMPLIFIED)
    expect(foldVietnamese('Đà Nẵng 觀察員 APEC')).toBe('da nang 观察员 apec')
  })

  it('is a fixed point: folding a folded text changes nothing', () => {
    const pairs = hanFoldPairs()
    expect(pairs.length).toBeGreaterThan(3000)
    const changed = pairs.filter(([, to]) => foldVietnamese(to) !== to)
    expect(changed).toEqual([])
    expect(pairs.filter(([from, to]) => foldVietnamese(from) !== to)).toEqual([])
  })

  it('folds one character at a time exactly as a whole text, positions aligned', () => {
    const text = '《亞太經合組織》觀察員: Đà Nẵng'
    expect(foldWithOffsets(text).folded).toBe(foldVietnamese(text))
    expect(foldAligned(text)).toBe(foldVietnamese(text))
  })
})

const documents: SearchDocument[] = [
  {
    id: 'quan-sat-vien',
    kind: 'entry',
    title: 'Quan sát viên',
    type: 'term',
    aliases: [],
    nameEn: 'observer',
    nameZh: '观察员',
    text: 'Tư cách tham gia APEC không phải thành viên.',
  },
  {
    id: 'hk-press#1',
    kind: 'passage',
    title: 'Báo Hồng Công',
    sourceId: 'hk-press',
    paragraph: 1,
    aliases: [],
    text: '亞太經合組織的觀察員包括東盟秘書處。',
  },
]

describe('search and suggestions across the two scripts', () => {
  const index = createSearchIndex(documents)

  it('finds a simplified name from a traditional query', () => {
    expect(search(index, '觀察員').entries.map((hit) => hit.id)).toEqual(['quan-sat-vien'])
    expect(suggest(index, '觀察')[0]).toMatchObject({ id: 'quan-sat-vien' })
  })

  it('finds a traditional paragraph from a simplified query and highlights it as written', () => {
    const [hit] = search(index, '观察员').passages
    expect(hit?.id).toBe('hk-press#1')
    const marked = (hit?.snippet.highlights ?? []).map(([start, end]) => hit?.snippet.text.slice(start, end))
    expect(marked).toEqual(['觀察員'])
    expect(search(index, '亚太经合组织').passages.map((passage) => passage.id)).toEqual(['hk-press#1'])
  })
})
