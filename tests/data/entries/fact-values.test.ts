import { describe, expect, it } from 'vitest'
import { factValueKind, mentionsIn, valueIsMentioned } from '../../../data/pipeline/fact-values'

const stated = (value: string, paragraph: string, sourceYear: string | null = null) =>
  valueIsMentioned(value, factValueKind(value), mentionsIn(paragraph, sourceYear))

describe('finding dates and numbers in a cited paragraph', () => {
  it('reads the kinds of fact values', () => {
    expect(
      ['1989', '1989-11', '2020-11-16', '21', '107,15', '1000', 'Can-be-ra'].map(factValueKind),
    ).toEqual(['year', 'month', 'date', 'number', 'number', 'number', 'text'])
  })

  it('reads Vietnamese month forms', () => {
    expect(stated('1989-11', 'Tháng 11 năm 1989, Ô-xtrây-li-a tổ chức')).toBe(true)
    expect(stated('2017-11', 'diễn ra vào tháng 11/2017 tại Đà Nẵng')).toBe(true)
    expect(stated('2017-11', 'Hội nghị Cấp cao lần thứ 25 (11/2017)')).toBe(true)
    expect(stated('1989-11', '1989年11月,澳大利亚')).toBe(true)
    expect(stated('1989-12', 'Tháng 11 năm 1989')).toBe(false)
  })

  it('reads day forms, taking a missing year from the source date', () => {
    expect(stated('2020-11-16', 'tối ngày 16/11 đã diễn ra Hội nghị', '2020')).toBe(true)
    expect(stated('2020-11-16', 'tối ngày 16/11 đã diễn ra Hội nghị', null)).toBe(false)
    expect(stated('2020-11-20', 'vào ngày 20/11/2020 sắp tới')).toBe(true)
    expect(stated('2003-08-11', 'bị bắt ngày 11 tháng 8 năm 2003')).toBe(true)
    expect(stated('2017-11-06', 'diễn ra tại Đà Nẵng từ 06 đến 11/11.', '2017')).toBe(true)
    expect(stated('2017-11-12', 'ngày 11-12/11 sẽ thăm chính thức', '2017')).toBe(true)
    expect(stated('2017-11-13', 'ngày 11-12/11 sẽ thăm chính thức', '2017')).toBe(false)
  })

  it('reads a day range with its year, an en dash range, and "năm nay" as the source year', () => {
    expect(stated('1989-11-06', 'họp tại Can-be-ra ngày 6–7/11/1989')).toBe(true)
    expect(stated('1989-11-07', 'họp tại Can-be-ra ngày 6–7/11/1989')).toBe(true)
    expect(stated('1989-11-08', 'họp tại Can-be-ra ngày 6–7/11/1989')).toBe(false)
    expect(stated('2017-11-12', 'thăm chính thức ngày 11–12/11', '2017')).toBe(true)
    expect(stated('2018', 'tổ chức Cấp cao kỷ niệm vào cuối năm nay', '2018')).toBe(true)
    expect(stated('2018', 'tổ chức Cấp cao kỷ niệm vào cuối năm nay', null)).toBe(false)
    expect(stated('2019', 'tổ chức Cấp cao kỷ niệm vào cuối năm nay', '2018')).toBe(false)
  })

  it('reads numbers with or without separators, and not inside other numbers', () => {
    expect(stated('21', 'hiện có 21 thành viên')).toBe(true)
    expect(stated('1000', 'lên 1000 tỉ USD')).toBe(true)
    expect(stated('150', 'trên 150 hiệp định')).toBe(true)
    expect(stated('15', 'trên 150 hiệp định')).toBe(false)
    expect(stated('1989', 'năm 19890')).toBe(false)
  })
})
