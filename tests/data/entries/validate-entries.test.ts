import { describe, expect, it } from 'vitest'
import { copyData, lineOf } from '../../helpers/data-copy'

/**
 * One broken fixture per refusal class: the build must stop, and the message must name the file,
 * the line and the field an editor has to fix.
 */
describe('the pipeline refuses content an editor got wrong', () => {
  it('a body link to an entry that does not exist', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text.replace('[[apec|APEC]]', '[[apec-khong-co|APEC]]'),
    )
    const text = await data.read('entries/economy/viet-nam.md')
    expect(await data.buildErrors()).toContain(
      `data/entries/economy/viet-nam.md:${lineOf(text, '[[apec-khong-co')}: liên kết [[apec-khong-co]] trỏ đến mục từ không tồn tại`,
    )
  })

  it('a relation to an entry that does not exist', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text.replace('{ kind: hosted, to: apec-2006 }', '{ kind: hosted, to: apec-1066 }'),
    )
    const text = await data.read('entries/economy/viet-nam.md')
    expect(await data.buildErrors()).toContain(
      `data/entries/economy/viet-nam.md:${lineOf(text, 'apec-1066')}: relations.1.to: quan hệ hosted trỏ đến mục từ không tồn tại "apec-1066"`,
    )
  })

  it('a citation of a source that does not exist, in the body and in a fact', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text
        .replace('[@chinhphu-csom-2017#2]', '[@bao-khong-co#2]')
        .replace('source: "tgvn-amm31-2020#4"', 'source: "bao-khong-co#4"'),
    )
    const text = await data.read('entries/economy/viet-nam.md')
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/entries/economy/viet-nam.md:${lineOf(text, '[@bao-khong-co#2]')}: không có tài liệu nguồn "bao-khong-co"`,
    )
    expect(errors).toContain(
      `data/entries/economy/viet-nam.md:${lineOf(text, 'bao-khong-co#4')}: facts.4.source: không có tài liệu nguồn "bao-khong-co"`,
    )
  })

  it('a citation of a paragraph the source does not have', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text.replace('[@chinhphu-csom-2017#2]', '[@chinhphu-csom-2017#99]'),
    )
    const text = await data.read('entries/economy/viet-nam.md')
    expect(await data.buildErrors()).toContain(
      `data/entries/economy/viet-nam.md:${lineOf(text, '#99]')}: tài liệu "chinhphu-csom-2017" chỉ có 14 đoạn, không có đoạn 99`,
    )
  })

  it('a year, a month and a number that the cited paragraph does not state', async () => {
    const data = await copyData()
    await data.edit('entries/meeting/apec-1989.md', (text) =>
      text.replace('value: 1989-10', 'value: 1989-09').replace('value: 12\n', 'value: 13\n'),
    )
    const text = await data.read('entries/meeting/apec-1989.md')
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/entries/meeting/apec-1989.md:${lineOf(text, 'value: 1989-09')}: facts.0.value: giá trị "1989-09" không có trong wikipedia-apec đoạn 20`,
    )
    expect(errors).toContain(
      `data/entries/meeting/apec-1989.md:${lineOf(text, 'value: 13')}: facts.7.value: giá trị "13" không có trong wikipedia-apec đoạn 20`,
    )
  })

  it('a day written "16/11" in the paragraph is read with the source year; a wrong day is refused', async () => {
    const data = await copyData()
    const text = await data.read('entries/meeting/amm-31.md')
    expect(text).toContain('value: 2020-11-16')
    expect(await data.buildErrors()).toEqual([])
    await data.edit('entries/meeting/amm-31.md', (body) =>
      body.replace('value: 2020-11-16', 'value: 2020-11-17'),
    )
    const errors = await data.buildErrors()
    expect(
      errors.some(
        (error) =>
          error.includes('amm-31.md:') &&
          error.includes('giá trị "2020-11-17" không có trong tgvn-amm31-2020'),
      ),
    ).toBe(true)
  })

  it('a reference fact that disagrees with the reference file', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text.replace('value: 1998-11', 'value: 1995-11'),
    )
    const text = await data.read('entries/economy/viet-nam.md')
    expect(await data.buildErrors()).toContain(
      `data/entries/economy/viet-nam.md:${lineOf(text, 'value: 1995-11')}: facts.0.value: ngày gia nhập "1995-11" không khớp với tham khảo ref:gac-apec`,
    )
  })

  it('a duplicated slug and a duplicated alias', async () => {
    const data = await copyData()
    const original = await data.read('entries/economy/viet-nam.md')
    await data.write('entries/place/viet-nam.md', original.replace('type: economy', 'type: place'))
    const errors = await data.buildErrors()
    expect(
      errors.some((error) =>
        error.startsWith(
          'data/entries/place/viet-nam.md:2: id: trùng id "viet-nam" với data/entries/economy/viet-nam.md',
        ),
      ),
    ).toBe(true)
    expect(
      errors.some((error) => error.includes('tên "Việt Nam" đã thuộc về mục từ "viet-nam"')),
    ).toBe(true)
  })

  it('an alias already used by another entry', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text.replace('aliases: ["Viet Nam", "Vietnam"]', 'aliases: ["Viet Nam", "Vietnam", "Úc"]'),
    )
    const text = await data.read('entries/economy/viet-nam.md')
    expect(await data.buildErrors()).toContain(
      `data/entries/economy/viet-nam.md:${lineOf(text, 'aliases:')}: aliases.2: tên "Úc" đã thuộc về mục từ "australia" (data/entries/economy/australia.md)`,
    )
  })

  it('a field its type requires: an economy without one of its host years, a meeting without a date', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text.replace('    value: 2017\n', '    value: 2016\n'),
    )
    await data.edit('entries/meeting/apec-1989.md', (text) =>
      text.replaceAll('key: date', 'key: when'),
    )
    const errors = await data.buildErrors()
    expect(errors).toContain(
      'data/entries/economy/viet-nam.md:3: type: thiếu dữ kiện "hosted" cho các năm đăng cai: 2017',
    )
    expect(errors).toContain(
      'data/entries/meeting/apec-1989.md:3: type: hội nghị/sự kiện cần dữ kiện "date"',
    )
  })

  it('a missing required field in every malformed file, reported together', async () => {
    const data = await copyData()
    await data.edit('entries/person/bob-hawke.md', (text) => text.replace(/^summary:.*\n/m, ''))
    await data.edit('entries/person/gareth-evans.md', (text) =>
      text.replace(/^type: person\n/m, 'type: persona\n'),
    )
    const gareth = await data.read('entries/person/gareth-evans.md')
    const errors = await data.buildErrors()
    expect(
      errors.some(
        (error) =>
          error.startsWith('data/entries/person/bob-hawke.md:') && error.includes('summary'),
      ),
    ).toBe(true)
    expect(
      errors.some((error) =>
        error.startsWith(
          `data/entries/person/gareth-evans.md:${lineOf(gareth, 'type: persona')}: type:`,
        ),
      ),
    ).toBe(true)
  })

  it('HTML or a web address in a body, and a paragraph without any citation', async () => {
    const data = await copyData()
    await data.edit(
      'entries/economy/viet-nam.md',
      (text) => `${text.trimEnd()}\n\nXem <b>thêm</b> tại https://apec.org.\n`,
    )
    const text = await data.read('entries/economy/viet-nam.md')
    const line = lineOf(text, 'Xem <b>')
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/entries/economy/viet-nam.md:${line}: không dùng HTML trong nội dung mục từ`,
    )
    expect(errors).toContain(
      `data/entries/economy/viet-nam.md:${line}: không đặt địa chỉ web trong nội dung (ứng dụng ngoại tuyến)`,
    )
    expect(errors).toContain(
      `data/entries/economy/viet-nam.md:${line}: đoạn văn không có trích dẫn nguồn nào`,
    )
  })

  it('reports every problem at once and writes nothing', async () => {
    const data = await copyData()
    await data.edit('entries/economy/viet-nam.md', (text) =>
      text.replace('[[apec|APEC]]', '[[x-1|APEC]]'),
    )
    await data.edit('entries/meeting/apec-1989.md', (text) =>
      text.replace('value: 1989-10', 'value: 1989-09'),
    )
    expect((await data.buildErrors()).length).toBe(2)
  })
})
