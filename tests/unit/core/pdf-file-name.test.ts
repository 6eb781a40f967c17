import { describe, expect, it } from 'vitest'
import { PDF_FILE_NAME_PATTERN, pdfFileName, savePdfInputSchema } from '../../../data/core/pdf-file-name'

describe('pdfFileName', () => {
  it.each([
    ['Việt Nam', 'Viet-Nam.pdf'],
    ['Năm APEC 2017', 'Nam-APEC-2017.pdf'],
    ['Đà Nẵng', 'Da-Nang.pdf'],
    ['Hồng Công, Trung Quốc', 'Hong-Cong-Trung-Quoc.pdf'],
    ['Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương', 'Dien-dan-Hop-tac-Kinh-te-chau-A-Thai-Binh-Duong.pdf'],
    ['../../etc/passwd', 'etc-passwd.pdf'],
    ['亚太经济合作组织', 'Bach-khoa-APEC.pdf'],
    ['', 'Bach-khoa-APEC.pdf'],
  ])('folds %j to %j', (title, expected) => {
    expect(pdfFileName(title)).toBe(expected)
    expect(PDF_FILE_NAME_PATTERN.test(expected)).toBe(true)
  })

  it('cuts a very long title to a name main accepts', () => {
    const name = pdfFileName('Hội nghị '.repeat(40))
    expect(name.length).toBeLessThanOrEqual(84)
    expect(savePdfInputSchema.safeParse({ fileName: name }).success).toBe(true)
  })

  it.each(['../x.pdf', 'C:\\x.pdf', '/tmp/x.pdf', 'x.exe', 'Việt.pdf', '.pdf', 'x.pdf\n'])('main refuses %j as a file name', (fileName) => {
    expect(savePdfInputSchema.safeParse({ fileName }).success).toBe(false)
  })
})
