import { describe, expect, it } from 'vitest'
import { normaliseLine } from '../../../data/pipeline/clean-source'
import { bodyPlainText, renderBody, type RenderContext } from '../../../data/pipeline/entry-body'
import { parseFolderFile } from '../../../data/pipeline/folder-pack'
import { tidyPunctuationSpacing } from '../../../data/pipeline/punctuation-spacing'

const context: RenderContext = {
  titleOf: (id) => `Tiêu đề ${id}`,
  citationNumber: () => 1,
  describeCitation: (sourceId, paragraph) => `${sourceId}, đoạn ${paragraph ?? ''}`,
}

describe('spacing around punctuation', () => {
  it.each([
    ['tại Đà Nẵng .', 'tại Đà Nẵng.'],
    ['tháng 11/1989 . Theo niên biểu', 'tháng 11/1989. Theo niên biểu'],
    ['quan chức cao cấp , Ủy ban', 'quan chức cao cấp, Ủy ban'],
    ['năm 2002 (Los Cabos) ; năm 2007 : Xít-ni', 'năm 2002 (Los Cabos); năm 2007: Xít-ni'],
    ['( APEC ) là gì ?', '(APEC) là gì?'],
    ['và các nước khác ...', 'và các nước khác...'],
  ])('%j reads %j', (text, expected) => {
    expect(tidyPunctuationSpacing(text)).toBe(expected)
  })

  it('keeps the space before a dot or colon that starts a word', () => {
    expect(tidyPunctuationSpacing('mở tệp .txt bằng Notepad')).toBe('mở tệp .txt bằng Notepad')
    expect(tidyPunctuationSpacing('tỉ số 2 :1')).toBe('tỉ số 2 :1')
  })

  it('leaves well-spaced text and dashes alone', () => {
    const text = 'Châu Á – Thái Bình Dương, ra đời tháng 11/1989 (tại Can-be-ra).'
    expect(tidyPunctuationSpacing(text)).toBe(text)
  })
})

describe('entry bodies', () => {
  const body = 'Đà Nẵng đón [[apec-2017|Tuần lễ Cấp cao]] [@chinhphu-csom-2017#2]. Năm 2006 [@a#1; @b#2], Hà Nội [@ref:apec-history].'

  it('drops citations from the plain text without leaving a space before the punctuation', () => {
    expect(bodyPlainText(body, (id) => id)).toBe('Đà Nẵng đón Tuần lễ Cấp cao. Năm 2006, Hà Nội.')
  })

  it('sets the footnote mark on the word it follows, not after a space', () => {
    const html = renderBody(body, context)
    expect(html).toContain('Tuần lễ Cấp cao</a><sup class="cites">')
    expect(html).not.toMatch(/\s<sup/)
    expect(html).toContain('</sup>. Năm 2006<sup')
  })
})

describe('source text', () => {
  it('tidies a shipped source line as it is cleaned', () => {
    expect(normaliseLine('Hội nghị các quan chức cao cấp , Ủy ban  và Tổ công tác ')).toBe(
      'Hội nghị các quan chức cao cấp, Ủy ban và Tổ công tác',
    )
  })

  it('tidies the paragraphs of a pack built from a folder', () => {
    const parsed = parseFolderFile('Ghi chú\n\nNăm 2017 ( tại Đà Nẵng ) , các nhà lãnh đạo\ngặp nhau .\n')
    expect(parsed?.blocks.map((block) => block.text)).toEqual(['Năm 2017 (tại Đà Nẵng), các nhà lãnh đạo gặp nhau.'])
  })
})
