import { describe, expect, it } from 'vitest'
import { copyData, lineOf } from '../../helpers/data-copy'

const APEC_1989 = 'entries/meeting/apec-1989.md'
const DISPUTED = 'wikipedia-apec đoạn 20 nói "1989-10", điều mà ref:amm-1989-joint-statement (amm-1989-dates) bác bỏ'
const JOINT_STATEMENT_SENTENCE =
  ' Tuyên bố chung do chính hội nghị ra ghi ngày họp là 6–7/11/1989: China.org.cn đúng, tháng 10 trong bài Wikipedia tiếng Việt là sai [@ref:amm-1989-joint-statement].'
const JOINT_STATEMENT_FACT = `  - key: date
    label: "Hội nghị Bộ trưởng lần thứ nhất (theo Tuyên bố chung của hội nghị: 6–7/11/1989)"
    value: 1989-11-06
    source: "ref:amm-1989-joint-statement"
`

/**
 * The editorial rules, each broken on purpose in a copy of the real data: the build must refuse,
 * naming the file, the line and the field an editor has to fix.
 */
describe('rule 1: a seed claim the reference contradicts never stands alone or unattributed', () => {
  it('refuses the October claim without the Joint Statement beside it, in the fact box and in the paragraph', async () => {
    const data = await copyData()
    await data.edit(APEC_1989, (text) => text.replace(JOINT_STATEMENT_FACT, '').replace(JOINT_STATEMENT_SENTENCE, ''))
    const text = await data.read(APEC_1989)
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/${APEC_1989}:${lineOf(text, 'value: 1989-10')}: facts.0.value: ${DISPUTED}: đặt bên cạnh một dữ kiện "date" trích ref:amm-1989-joint-statement`,
    )
    expect(errors).toContain(
      `data/${APEC_1989}:${lineOf(text, 'Hai tài liệu gốc ghi khác nhau')}: ${DISPUTED}: đoạn văn này phải trích cả [@ref:amm-1989-joint-statement] và nói điều nguồn tham khảo ghi`,
    )
  })

  it('refuses the October claim told as fact, without naming the source that makes it', async () => {
    const data = await copyData()
    await data.edit(APEC_1989, (text) =>
      text
        .replace('label: "Hội nghị Bộ trưởng lần thứ nhất (theo Wikipedia tiếng Việt)"', 'label: "Hội nghị Bộ trưởng lần thứ nhất"')
        .replace('Wikipedia tiếng Việt ghi hội nghị họp vào tháng 10/1989', 'hội nghị họp vào tháng 10/1989'),
    )
    const text = await data.read(APEC_1989)
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/${APEC_1989}:${lineOf(text, 'label: "Hội nghị Bộ trưởng lần thứ nhất"')}: facts.0.label: ${DISPUTED}: nhãn phải ghi nguồn của nhận định ("theo Wikipedia tiếng Việt")`,
    )
    expect(errors).toContain(
      `data/${APEC_1989}:${lineOf(text, 'Hai tài liệu gốc ghi khác nhau')}: ${DISPUTED}: câu phải ghi rõ đó là điều Wikipedia tiếng Việt nói`,
    )
  })

  it('refuses a date the editorial reference does not give, and a reference entry no subject shows', async () => {
    const data = await copyData()
    await data.edit(APEC_1989, (text) => text.replace('value: 1989-11-06', 'value: 1989-11-08'))
    await data.edit('entries/agreement/bogor-goals.md', (text) =>
      text.replaceAll('ref:bogor-declaration-1994', 'ref:apec-history').replace('value: 1994-11-15', 'value: 1994'),
    )
    const text = await data.read(APEC_1989)
    const bogor = await data.read('entries/agreement/bogor-goals.md')
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/${APEC_1989}:${lineOf(text, 'value: 1989-11-08')}: facts.2.value: ref:amm-1989-joint-statement không có mốc "1989-11-08" (data/reference/editorial-reference.json)`,
    )
    expect(errors).toContain(
      `data/entries/agreement/bogor-goals.md:${lineOf(bogor, 'Mục tiêu Bogor được [[apec-1994')}: mục từ chưa trích dữ kiện tham khảo "bogor-goals-terms" (ref:bogor-declaration-1994) về chính nó`,
    )
  })
})

describe('rule 4: a summary says nothing the facts and body do not', () => {
  it('names the unsupported year, count, entry and capitalised name', async () => {
    const data = await copyData()
    await data.edit('entries/place/canberra.md', (text) =>
      text.replace(
        'summary: "Thủ đô của Ô-xtrây-li-a, nơi họp Hội nghị Bộ trưởng APEC đầu tiên năm 1989."',
        'summary: "Thủ đô của Ô-xtrây-li-a từ năm 1913, có ba trường đại học và Parliament House; gần Xin-ga-po."',
      ),
    )
    const line = lineOf(await data.read('entries/place/canberra.md'), 'summary:')
    const errors = (await data.buildErrors()).filter((error) => error.startsWith(`data/entries/place/canberra.md:${line}: summary:`))
    expect(new Set(errors.map((error) => error.slice(error.indexOf('summary: '))))).toEqual(
      new Set([
        'summary: năm "1913" không có trong dữ kiện hay nội dung của mục từ',
        'summary: số "ba" không có trong dữ kiện hay nội dung của mục từ',
        'summary: "Xin-ga-po" (mục từ singapore) không được nhắc đến trong dữ kiện hay nội dung của mục từ',
        'summary: tên "Parliament House" không có trong dữ kiện hay nội dung của mục từ',
      ]),
    )
    expect(errors).toHaveLength(4)
  })

  it('accepts a summary whose numbers, dates and names the body states in other words', async () => {
    const data = await copyData()
    await data.edit('entries/place/canberra.md', (text) =>
      text
        .replace(
          'summary: "Thủ đô của Ô-xtrây-li-a, nơi họp Hội nghị Bộ trưởng APEC đầu tiên năm 1989."',
          'summary: "Thủ đô của Ô-xtrây-li-a, nơi 12 nền kinh tế họp Hội nghị Bộ trưởng APEC đầu tiên ngày 6–7/11/1989."',
        )
        .replace(
          'sự kiện đánh dấu việc APEC chính thức ra đời [@chinaorg-apec-khai-niem#1; @wikipedia-apec#20].',
          'sự kiện đánh dấu việc APEC chính thức ra đời [@chinaorg-apec-khai-niem#1; @wikipedia-apec#20]. Tuyên bố chung ghi bộ trưởng của 12 nền kinh tế họp tại đây ngày 6–7/11/1989 [@ref:amm-1989-joint-statement].',
        ),
    )
    expect(await data.buildErrors()).toEqual([])
  })
})

describe('rule 5: one name for one thing', () => {
  it('refuses a known variant in a title, a fact value and a body line, and says which name to write', async () => {
    const data = await copyData()
    await data.edit('entries/topic/trade-investment-liberalisation.md', (text) =>
      text.replace('title: "Tự do hóa và thuận lợi hóa thương mại, đầu tư"', 'title: "Tự do hóa và tiện lợi hóa thương mại, đầu tư"'),
    )
    await data.edit('entries/meeting/asean-amm-51.md', (text) =>
      text.replace('value: "Nhật Bản, Trung Quốc, Niu Di-lân, Nga"', 'value: "Nhật Bản, Trung Quốc, New Zealand, Nga"'),
    )
    await data.edit(
      'entries/place/canberra.md',
      (text) => `${text.trimEnd()}\n\nCanberra có Hội nghị Bộ trưởng APEC lần thứ nhất [@chinaorg-apec-khai-niem#1].\n`,
    )
    const topic = await data.read('entries/topic/trade-investment-liberalisation.md')
    const meeting = await data.read('entries/meeting/asean-amm-51.md')
    const place = await data.read('entries/place/canberra.md')
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/entries/topic/trade-investment-liberalisation.md:${lineOf(topic, 'title:')}: title: "tiện lợi hóa" là cách viết khác của "thuận lợi hóa" (data/entries/name-variants.yaml); viết "thuận lợi hóa", hoặc đặt nguyên văn nguồn trong ngoặc kép`,
    )
    expect(errors).toContain(
      `data/entries/meeting/asean-amm-51.md:${lineOf(meeting, 'New Zealand')}: facts.1.value: "New Zealand" là cách viết khác của "Niu Di-lân" (tên gọi khác của "new-zealand"); viết "Niu Di-lân", hoặc đặt nguyên văn nguồn trong ngoặc kép`,
    )
    expect(errors).toContain(
      `data/entries/place/canberra.md:${lineOf(place, 'Canberra có')}: "Canberra" là cách viết khác của "Can-be-ra" (tên gọi khác của "canberra"); viết "Can-be-ra", hoặc đặt nguyên văn nguồn trong ngoặc kép`,
    )
  })

  it('lets a variant stand in aliases, in a quotation and as an italic foreign name', async () => {
    const data = await copyData()
    await data.edit(
      'entries/place/canberra.md',
      (text) =>
        `${text.trimEnd()}\n\nNiên biểu ghi thành phố là "Canberra", tên tiếng Anh *Canberra* [@ref:apec-history].\n`,
    )
    expect(await data.buildErrors()).toEqual([])
  })
})

describe('roles are stated as of their source', () => {
  it('refuses a person summary that states a role as current, and a role without its date', async () => {
    const data = await copyData()
    await data.edit('entries/person/bill-clinton.md', (text) =>
      text.replace('Tổng thống Hoa Kỳ khi đó (1993), người mời', 'Tổng thống Hoa Kỳ, người mời').replace('    asOf: 1993\n', ''),
    )
    const text = await data.read('entries/person/bill-clinton.md')
    const errors = await data.buildErrors()
    expect(errors).toContain(
      `data/entries/person/bill-clinton.md:${lineOf(text, 'summary:')}: summary: tóm tắt nêu chức vụ theo thời điểm của nguồn ("khi đó", "tính đến 11/2017"), không như chức vụ hiện nay`,
    )
    expect(errors).toContain(
      `data/entries/person/bill-clinton.md:${lineOf(text, '- key: role')}: facts.0.asOf: chức vụ cần "asOf": thời điểm nguồn nói về chức vụ ấy`,
    )
  })
})

describe('the editorial tables are checked too', () => {
  it('refuses a disputed claim about a reference fact that does not exist, and a variant rule for a missing entry', async () => {
    const data = await copyData()
    await data.edit('entries/disputed-claims.yaml', (text) => text.replace('- reference: amm-1989-dates', '- reference: amm-1989-ngay'))
    await data.edit('entries/name-variants.yaml', (text) => text.replace('  asia-pacific: [', '  chau-a: ['))
    const claims = await data.read('entries/disputed-claims.yaml')
    expect(await data.buildErrors()).toEqual([
      `data/entries/disputed-claims.yaml:${lineOf(claims, 'amm-1989-ngay')}: 0.reference: không có dữ kiện "amm-1989-ngay" trong data/reference/editorial-reference.json`,
    ])
    await data.edit('entries/disputed-claims.yaml', (text) => text.replace('amm-1989-ngay', 'amm-1989-dates'))
    expect(await data.buildErrors()).toContain('data/entries/name-variants.yaml: otherNames.chau-a: không có mục từ "chau-a"')
  })
})
