import { describe, expect, it } from 'vitest'
import { parseEntry } from '../../../data/pipeline/load-entries'
import { buildNameIndex, summaryProblems } from '../../../data/pipeline/summary-support'

const entry = (id: string, type: string, title: string, summary: string, body: string, aliases: string[] = []) =>
  parseEntry(
    `data/entries/${type}/${id}.md`,
    `---\nid: ${id}\ntype: ${type}\ntitle: "${title}"\naliases: ${JSON.stringify(aliases)}\nsummary: "${summary}"\n---\n${body}\n`,
  )

const others = [
  entry('viet-nam', 'economy', 'Việt Nam', 'Nền kinh tế.', 'Việt Nam [@x#1].', ['Vietnam']),
  entry('asean', 'organisation', 'Hiệp hội các quốc gia Đông Nam Á', 'Hiệp hội.', 'ASEAN [@x#1].', ['ASEAN']),
  entry('asean-plus-one', 'term', 'Cơ chế ASEAN+1', 'Cơ chế.', 'ASEAN+1 [@x#1].', ['ASEAN+1']),
]

function problems(summary: string, body: string): string[] {
  const checked = entry('subject', 'topic', 'Chủ đề', summary, body)
  return summaryProblems(checked, buildNameIndex([...others, checked]), ['China.org.cn']).map((problem) => problem.message)
}

describe('what a summary may say', () => {
  it('accepts numbers, dates and names the body states, in other forms', () => {
    expect(problems('Ngày 6–7/11/1989, Việt Nam và ASEAN họp; ba bên, tháng 11/1989.', 'Ba bên họp ngày 6–7/11/1989 ở [[viet-nam|Việt Nam]] với [[asean|ASEAN]] [@x#1].')).toEqual([])
  })

  it('does not join the capitalised words either side of a named entry into one name', () => {
    expect(problems('Họp tại Bộ Việt Nam Quốc tế.', 'Họp tại Bộ của [[viet-nam|Việt Nam]] và Quốc tế [@x#1].')).toEqual([])
  })

  it('reads a capital that only starts a sentence as no name, and reports the name after it', () => {
    expect(problems('Tại Parliament House, các bên họp.', 'Các bên họp [@x#1].')).toEqual([
      'tên "Parliament House" không có trong dữ kiện hay nội dung của mục từ',
    ])
  })

  it('leaves digits inside a name alone, and judges counts written as words', () => {
    expect(problems('Sau Covid-19, các hội nghị ASEAN+1 bàn hai vấn đề.', 'Các hội nghị ASEAN+1 bàn nhiều vấn đề [@x#1].')).toEqual([
      'số "hai" không có trong dữ kiện hay nội dung của mục từ',
    ])
  })

  it('does not read a site name as the country inside it', () => {
    expect(problems('Theo China.org.cn, đây là chủ đề chính.', 'Đây là chủ đề chính [@x#1].')).toEqual([])
  })
})
