import { beforeAll, describe, expect, it } from 'vitest'
import { askedKind } from '../../../../data/core/search/answer-kinds'
import { chooseAnswer, disagree, type AnswerFact } from '../../../../data/core/search/answer'
import { understandQuery } from '../../../../data/core/search/query-understanding'
import { search } from '../../../../data/core/search/search'
import { createSearchIndex, type SearchIndex } from '../../../../data/core/search/search-index'
import { entriesNamedIn, namesInQuery, subjectNames } from '../../../../data/core/search/subject-recognition'
import { SEARCH_CORPUS } from './search-corpus'

/** Issue 15: question words are optional and say what is asked; the entity asked about comes first. */
let index: SearchIndex

beforeAll(() => {
  index = createSearchIndex(SEARCH_CORPUS)
})

const entryIds = (query: string): string[] => search(index, query).entries.map((hit) => hit.id)
const subjectOf = (query: string): string | undefined => {
  const match = namesInQuery(subjectNames(index.stored), understandQuery(query))[0]
  return match === undefined ? undefined : index.stored.id(match.doc)
}

describe('query understanding', () => {
  it.each([
    ['thái lan gia nhập apec năm nào', 'thái lan gia nhập apec'],
    ['thai lan gia nhap apec nam nao', 'thai lan gia nhap apec'],
    ['apec có mấy thành viên', 'apec thành viên'],
    ['apec co may thanh vien', 'apec thanh vien'],
    ['ai là chủ nhà của apec 2017', 'chủ nhà apec 2017'],
    ['When did Chile join APEC?', 'Chile join APEC'],
    ['越南什么时候加入亚太经合组织', '越南 加入亚太经合组织'],
  ])('%j must match only %j', (query, content) => {
    expect(understandQuery(query).content).toBe(content)
  })

  it('keeps marked words that only fold like a question word, and names holding a question character', () => {
    // "máy" (machine) is not "mấy" when the user typed marks; 巴布亚新几内亚 holds 几.
    expect(understandQuery('máy bay đi đâu').content).toBe('máy bay đi')
    expect(understandQuery('巴布亚新几内亚是什么').content).toBe('巴布亚新几内亚')
  })

  it('keeps function words of a query that asks nothing, and keeps a query made only of question words', () => {
    expect(understandQuery('Tuyên bố chung của các Bộ trưởng').content).toBe('Tuyên bố chung của các Bộ trưởng')
    expect(understandQuery('là gì').content).toBe('là gì')
  })

  it.each([
    ['thái lan gia nhập apec năm nào', 'time'],
    ['apec 2017 họp ở đâu', 'place'],
    ['ai chủ trì amm 31', 'person'],
    ['apec có mấy thành viên', 'count'],
    ['ftaap là gì', 'definition'],
    ['thái lan có phải thành viên apec không', 'membership'],
    ['nước nào đăng cai apec 2017', 'host'],
    ['谁主持了AMM 31', 'person'],
    ['how many members does apec have', 'count'],
    ['apec 2017 đà nẵng', null],
  ])('%j asks for %s', (query, kind) => {
    expect(askedKind(understandQuery(query))).toBe(kind)
  })
})

describe('question words in search', () => {
  it('never make a document fail to match, nor bring in documents that hold only them', () => {
    // No document holds "gì" or "đâu": before, the AND failed and documents with any one word
    // ("là", "ở") were listed.
    expect(entryIds('abac là gì')).toEqual(entryIds('abac'))
    expect(entryIds('lào ở đâu')).toEqual(entryIds('lào'))
    expect(entryIds('năm apec 2006 họp ở đâu')[0]).toBe('apec-2006')
  })

  it('rank the entity asked about first, the most specific name winning', () => {
    expect(subjectOf('năm apec 2017 họp ở đâu')).toBe('apec-2017')
    expect(subjectOf('apec việt nam 2017 ở đâu')).toBe('apec-2017')
    expect(subjectOf('apec là gì')).toBe('apec')
    expect(subjectOf('亚太经济合作组织是什么')).toBe('apec')
    expect(entryIds('năm apec 2017 họp ở đâu')[0]).toBe('apec-2017')
    expect(entryIds('hoa kỳ đăng cai apec năm nào')[0]).toBe('united-states')
    expect(search(index, 'hoa kỳ đăng cai apec năm nào').subject).toBe('united-states')
  })

  it('leave keyword queries ranked as before: a name inside them does not jump first', () => {
    expect(search(index, 'apec 2017 đà nẵng').subject).toBeNull()
  })
})

describe('answers from facts', () => {
  const fact = (key: string, value: string, valueKind: string, sourceId: string, label = key): AnswerFact => ({
    key,
    label,
    value,
    valueKind,
    citation: { sourceId },
  })

  it('sees a disagreement in two months or two counts from different sources, not in several host years', () => {
    expect(disagree([fact('date', '1989-10', 'month', 'wiki'), fact('date', '1989-11', 'month', 'china')])).toBe(true)
    expect(disagree([fact('date', '1989-11', 'month', 'china'), fact('date', '1989-11-06', 'date', 'ref')])).toBe(false)
    expect(disagree([fact('members', '10', 'number', 'press'), fact('members', '11', 'number', 'ref')])).toBe(true)
    expect(disagree([fact('hosted', '2006', 'year', 'ref'), fact('hosted', '2017', 'year', 'ref')])).toBe(false)
  })

  it('answers with the subject’s fact of the kind asked, and with nothing when it has none', () => {
    const names = subjectNames(index.stored)
    const doc = (id: string) => names.ids.get(id) ?? -1
    const facts = new Map<number, AnswerFact[]>([
      [doc('apec-2017'), [fact('place', 'Đà Nẵng', 'text', 'ref'), fact('date', '2017', 'year', 'ref')]],
      [doc('united-states'), [fact('hosted', '1993', 'year', 'ref', 'Năm đăng cai APEC'), fact('hosted', '2011', 'year', 'ref', 'Năm đăng cai APEC')]],
    ])
    const answer = (query: string) => {
      const understood = understandQuery(query)
      return chooseAnswer(understood, {
        names: namesInQuery(names, understood),
        factsOf: (subject) => facts.get(subject) ?? [],
        entriesNamedIn: (text) => entriesNamedIn(names, text),
        scopesIn: () => new Set(),
        context: doc('apec'),
        incidental: () => false,
      })
    }
    expect(answer('năm apec 2017 họp ở đâu')).toMatchObject({ kind: 'place', doc: doc('apec-2017'), facts: [{ value: 'Đà Nẵng' }] })
    expect(answer('hoa kỳ đăng cai apec năm nào')).toMatchObject({ kind: 'time', facts: [{ value: '1993' }, { value: '2011' }], disputed: false })
    expect(answer('ai chủ trì năm apec 2017')).toBeNull()
    // The fact says APEC; the question asks about ABAC: not this fact's question.
    expect(answer('hoa kỳ đăng cai abac năm nào')).toBeNull()
    expect(answer('năm apec 2017 đà nẵng')).toBeNull()
  })
})
