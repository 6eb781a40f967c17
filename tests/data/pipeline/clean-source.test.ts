import { beforeAll, describe, expect, it } from 'vitest'
import type { CleanedBlock } from '../../../data/pipeline/clean-source'
import type { LoadedSource } from '../../../data/pipeline/load-sources'
import { buildShippedPack } from '../../helpers/pack'
import { originalLines } from '../../helpers/source-text'

/**
 * What is page chrome in each seed, written out line by line from the seeds README
 * (`/work/shared/seeds/README.md`), plus the lines that repeat the document's metadata
 * (headline, byline, date line), which the reader sees in the source header instead.
 * Everything else in the original is article text and must reach the reader.
 */
interface ChromeSpec {
  file: string
  /** Chrome lines, each entry removing one occurrence, top down (a headline may also be a real heading further on). */
  lines: string[]
  /** A run of chrome that is easier to name by shape than by text (the site menu). */
  isMenuLine?: (line: string) => boolean
  /** The first line of the trailing block of teasers and unrelated news, dropped with everything after it. */
  trailerFrom?: string
  /** Datelines glued in front of the first sentence. */
  prefixes?: string[]
  /** How a kept line reads once its markup is gone. */
  display?: (line: string) => string
}

const HEADLINE_001 = 'APEC quyết tâm đẩy mạnh liên kết kinh tế khu vực và phục hồi kinh tế bền vững'
const HEADLINE_004 = 'Các hội nghị ASEAN + 1 với Nhật Bản, Nga, Trung Quốc và New Zealand'

const CHROME: Record<string, ChromeSpec> = {
  '000': {
    file: 'chinaorg-apec-khai-niem.txt',
    lines: [
      'Trang chủ> Những khái niệm cơ bản', // breadcrumb (README)
      'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC)', // page title above the kicker (metadata)
      '(Những khái niệm cơ bản)', // kicker (metadata: series)
      '19-04-2017 | China.org.cn', // date and publisher line (metadata)
    ],
    // The original has one space before a comma ("quan chức cao cấp , Ủy ban"); the reader sees it typeset.
    display: (line) => line.replace('cấp , Ủy ban', 'cấp, Ủy ban'),
  },
  '001': {
    file: 'tgvn-amm31-2020.txt',
    lines: [
      HEADLINE_001, // headline (metadata)
      'Anh Sơn', // byline (metadata)
      'Theo dõi Baoquocte.vn trên', // README
      HEADLINE_001, // repeated headline above a photo (README)
      'APEC: Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh phát biểu tại Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế (AMM) lần thứ 31. (Ảnh: Tuấn Anh)',
      HEADLINE_001,
      'Đoàn Việt Nam tham dự Hội nghị. (Ảnh: Tuấn Anh)',
      // A photo caption: a shortened copy of the second paragraph and of the last paragraph's first sentence.
      'Trong khuôn khổ Tuần lễ Cấp cao lần thứ 27 APEC, tối ngày 16/11 đã diễn ra Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế (AMM) lần thứ 31, dưới sự chủ trì Bộ trưởng Ngoại thương và Công nghiệp Malaysia Mohame Azmin Ali. Phó Thủ tướng, Bộ trưởng Ngoại giao',
      'Hội nghị Bộ trưởng APEC lần thứ 31 đã thông qua Tuyên bố chung của các Bộ trưởng Ngoại giao và Kinh tế.',
    ],
    // README: related-article teasers from "Hội nghị tổng kết ... (CSOM) APEC 2020" on, then "Xem nhiều / Đọc thêm" to the end.
    trailerFrom: 'Hội nghị tổng kết các Quan chức cao cấp (CSOM) APEC 2020',
    prefixes: ['TGVN. '],
  },
  '002': {
    file: 'wikipedia-apec.txt',
    lines: [
      // Empty sections (README).
      '== Hội nghị thường niên của APEC ==',
      '== Lãnh đạo hiện tại của các nền kinh tế APEC tính đến 2017 ==',
      // Link lists (README).
      '== Xem thêm ==',
      'Tổ chức thương mại thế giới',
      '== Liên kết ngoài ==',
      'Trang tin điện tử chuyên thông tin kinh tế của Việt Nam',
      'Trang chủ của APEC',
      'Trang APEC Việt Nam 2006',
      '== Tham khảo ==', // empty section (README)
    ],
    display: (line) => /^==+ (.*) ==+$/u.exec(line)?.[1] ?? line,
  },
  '003': {
    file: 'chinhphu-csom-2017.txt',
    lines: [
      'Nội dung họp báo kết thúc Hội nghị CSOM', // headline (metadata)
      '07/11/2017 15:16', // date line (metadata)
      'Thứ trưởng thường trực Bộ Ngoại giao Bùi Thanh Sơn, Chủ tịch SOM APEC Việt Nam chủ trì họp báo về Hội nghị CSOM. Ảnh: VGP/Thế Phong',
      'Phóng viên quốc tế tham dự họp báo CSOM. Ảnh: VGP/Thế Phong',
      'Nhóm PV APEC', // byline (metadata)
    ],
    // README: the list of provinces at the top (the site menu), one "•" item per line.
    isMenuLine: (line) => line.startsWith('• '),
    prefixes: ['(Chinhphu.vn) - '],
  },
  '004': {
    file: 'vov5-asean-cong-1-2018.txt',
    lines: [
      HEADLINE_004, // headline (metadata)
      'Chia sẻ', // README
      `${HEADLINE_004} - ảnh 1Phiên họp hẹp của Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 51.`, // photo caption (README)
      'Phản hồi', // README
      '* Vui lòng nhập bình luận tiếng Việt có dấu', // comment prompt (README)
    ],
    prefixes: ['(VOV5) - '],
  },
}

/** The original's article lines as the reader should see them, in order. Also checks the spec against the seed. */
function articleLines(original: string[], spec: ChromeSpec): string[] {
  const trailerAt =
    spec.trailerFrom === undefined ? original.length : original.indexOf(spec.trailerFrom)
  if (trailerAt < 0) throw new Error(`${spec.file}: trailer start not found in the seed`)
  const chrome = [...spec.lines]
  const kept: string[] = []
  for (const line of original.slice(0, trailerAt)) {
    const chromeAt = chrome.indexOf(line)
    if (chromeAt >= 0) {
      chrome.splice(chromeAt, 1)
      continue
    }
    if (spec.isMenuLine?.(line)) continue
    const prefix = spec.prefixes?.find((candidate) => line.startsWith(candidate))
    const text = prefix === undefined ? line : line.slice(prefix.length)
    kept.push(spec.display ? spec.display(text) : text)
  }
  // A chrome line that is not in the seed means this spec is wrong, not that the pipeline is right.
  expect(chrome, `${spec.file}: chrome lines not found in the seed`).toEqual([])
  return kept
}

let sources: LoadedSource[]

beforeAll(async () => {
  sources = (await buildShippedPack()).sources
})

function blocksOf(file: string): CleanedBlock[] {
  const source = sources.find((candidate) => candidate.file === `data/sources/${file}`)
  if (!source) throw new Error(`${file} is not in the built pack`)
  return source.blocks
}

const texts = (blocks: readonly CleanedBlock[]): string[] => blocks.map((block) => block.text)
const paragraphs = (blocks: readonly CleanedBlock[]): CleanedBlock[] =>
  blocks.filter((block) => block.kind === 'paragraph')

describe.each(Object.entries(CHROME))(
  'seed %s: no sentence of the article is lost',
  (_seed, spec) => {
    it('keeps every non-chrome line of the original, in the original order', async () => {
      const expected = articleLines(await originalLines(spec.file), spec)
      const blocks = texts(blocksOf(spec.file))
      expect(expected.length).toBeGreaterThan(0)
      let from = 0
      for (const line of expected) {
        const at = blocks.findIndex((text, index) => index >= from && text.includes(line))
        expect(at, `missing or out of order: "${line.slice(0, 80)}"`).toBeGreaterThanOrEqual(0)
        from = at
      }
    })

    it('shows none of the chrome lines', async () => {
      const original = await originalLines(spec.file)
      const kept = new Set(articleLines(original, spec))
      const chrome = [
        ...spec.lines,
        ...original.filter((line) => spec.isMenuLine?.(line) ?? false),
        ...(spec.trailerFrom === undefined
          ? []
          : original.slice(original.indexOf(spec.trailerFrom))),
      ]
        .map((line) => (spec.display ? spec.display(line) : line))
        .filter((line) => !kept.has(line)) // a headline can also be a real heading further down
      const blocks = new Set(texts(blocksOf(spec.file)))
      expect(chrome.filter((line) => blocks.has(line))).toEqual([])
    })
  },
)

describe('seed 003 (Chinhphu.vn, CSOM 2017)', () => {
  it('drops the site menu of provinces above the article', async () => {
    const menu = (await originalLines(CHROME['003']?.file ?? '')).filter((line) =>
      line.startsWith('• '),
    )
    expect(menu.length).toBeGreaterThanOrEqual(63)
    const blocks = texts(blocksOf('chinhphu-csom-2017.txt'))
    for (const province of ['An Giang', 'Bình Dương', 'Yên Bái', '• An Giang']) {
      expect(blocks).not.toContain(province)
    }
    expect(blocks.filter((text) => text.startsWith('•'))).toEqual([])
  })

  it('starts with the first sentence of the report, without the "(Chinhphu.vn) - " dateline', () => {
    const [first] = blocksOf('chinhphu-csom-2017.txt')
    expect(first?.kind).toBe('paragraph')
    expect(first?.number).toBe(1)
    expect(first?.text.startsWith('Chiều 07/11, tại Trung tâm Báo chí Quốc tế')).toBe(true)
  })

  it('ends with the answer to the reporter from Papua New Guinea, not the byline', () => {
    expect(blocksOf('chinhphu-csom-2017.txt').at(-1)?.text).toMatch(
      /^Trả lời câu hỏi của phóng viên đến từ Papua New Guinea.*để phát triển\.$/u,
    )
  })
})

describe('seed 001 (TGVN, AMM 31)', () => {
  it('drops the unrelated news, the follow prompt and the teasers', () => {
    const all = texts(blocksOf('tgvn-amm31-2020.txt')).join('\n')
    for (const chrome of [
      'Ruben Amorim',
      'Pep Guardiola',
      'iPhone 17',
      'Xem nhiều',
      'Đọc thêm',
      'Theo dõi Baoquocte.vn',
      'Hội nghị tổng kết các Quan chức cao cấp (CSOM) APEC 2020',
      'Diễn đàn Phụ nữ và Kinh tế APEC năm 2020',
      'Phiên bản di động',
      '(Ảnh: Tuấn Anh)',
    ]) {
      expect(all).not.toContain(chrome)
    }
  })

  it('keeps the joint statement paragraph as the last paragraph', () => {
    const blocks = blocksOf('tgvn-amm31-2020.txt')
    const last = blocks.at(-1)
    expect(last?.kind).toBe('paragraph')
    expect(last?.number).toBe(paragraphs(blocks).length)
    expect(
      last?.text.startsWith(
        'Hội nghị Bộ trưởng APEC lần thứ 31 đã thông qua Tuyên bố chung của các Bộ trưởng Ngoại giao và Kinh tế, khẳng định',
      ),
    ).toBe(true)
    expect(last?.text.endsWith('trong những thập kỷ tới.')).toBe(true)
  })

  it('starts with the lead, without the "TGVN. " dateline, and shows the headline nowhere', () => {
    const blocks = texts(blocksOf('tgvn-amm31-2020.txt'))
    expect(blocks[0]?.startsWith('Phó Thủ tướng Phạm Bình Minh cho rằng')).toBe(true)
    expect(blocks).not.toContain(HEADLINE_001)
  })
})

describe('seed 002 (Wikipedia tiếng Việt)', () => {
  it('drops the empty sections and the link lists', () => {
    const blocks = texts(blocksOf('wikipedia-apec.txt'))
    for (const gone of [
      'Hội nghị thường niên của APEC',
      'Lãnh đạo hiện tại của các nền kinh tế APEC tính đến 2017',
      'Tham khảo',
      'Xem thêm',
      'Liên kết ngoài',
      'Trang chủ của APEC',
      'Trang APEC Việt Nam 2006',
      'Tổ chức thương mại thế giới',
    ]) {
      expect(blocks).not.toContain(gone)
    }
    expect(blocks.filter((text) => text.includes('=='))).toEqual([])
  })

  it('keeps the section titles as headings, without wiki markup', () => {
    const blocks = blocksOf('wikipedia-apec.txt')
    const headings = blocks.filter((block) => block.kind === 'heading').map((block) => block.text)
    expect(headings).toEqual(['Cơ cấu tổ chức', 'Lịch sử', 'Các nền kinh tế thành viên'])
    const subheadings = blocks
      .filter((block) => block.kind === 'subheading')
      .map((block) => block.text)
    expect(subheadings).toEqual(['Cấp chính sách', 'Cấp làm việc'])
  })

  it('keeps the last paragraph, on Guam', () => {
    const last = blocksOf('wikipedia-apec.txt').at(-1)
    expect(last?.kind).toBe('paragraph')
    expect(
      last?.text.startsWith('Đảo Guam tích cực đòi hỏi một vị trí thành viên riêng biệt'),
    ).toBe(true)
  })
})

describe('seed 000 (China.org.cn, Vietnamese and Chinese)', () => {
  it('keeps the Vietnamese paragraph, marked Vietnamese', () => {
    const vietnamese = paragraphs(blocksOf('chinaorg-apec-khai-niem.txt')).filter((block) =>
      block.text.startsWith(
        'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) là cơ chế hợp tác kinh tế',
      ),
    )
    expect(vietnamese).toHaveLength(1)
    expect(vietnamese[0]?.lang).toBe('vi')
    expect(vietnamese[0]?.text).toContain('Tháng 11 năm 1989')
  })

  it('keeps the Chinese paragraph, marked Chinese', () => {
    const chinese = paragraphs(blocksOf('chinaorg-apec-khai-niem.txt')).filter((block) =>
      block.text.includes('亚太经济合作组织'),
    )
    expect(chinese).toHaveLength(1)
    expect(chinese[0]?.lang).toBe('zh')
    expect(chinese[0]?.text).toContain('1989年11月')
  })

  it('drops the breadcrumb and the date line', () => {
    const blocks = texts(blocksOf('chinaorg-apec-khai-niem.txt'))
    expect(blocks.filter((text) => text.includes('Trang chủ>'))).toEqual([])
    expect(blocks.filter((text) => text.includes('19-04-2017'))).toEqual([])
    expect(blocks).not.toContain('(Những khái niệm cơ bản)')
  })
})

describe('seed 004 (VOV5, ASEAN + 1)', () => {
  it('drops the share button, the comment box and the "(VOV5) - " dateline', () => {
    const blocks = texts(blocksOf('vov5-asean-cong-1-2018.txt'))
    expect(blocks).not.toContain('Chia sẻ')
    expect(blocks).not.toContain('Phản hồi')
    expect(blocks.filter((text) => text.includes('Vui lòng nhập bình luận'))).toEqual([])
    expect(blocks.filter((text) => text.includes('(VOV5)'))).toEqual([])
    expect(blocks[0]?.startsWith('Trong khuôn khổ Bộ trưởng ngoại giao ASEAN 51, chiều 2/8')).toBe(
      true,
    )
  })

  it('keeps the paragraph on the Code of Conduct (COC) as the last one', () => {
    const last = blocksOf('vov5-asean-cong-1-2018.txt').at(-1)
    expect(last?.kind).toBe('paragraph')
    expect(last?.text).toContain('Bộ Quy tắc ứng xử ở Biển Đông (COC)')
    expect(last?.text.endsWith('hòa bình, ổn định ở khu vực.')).toBe(true)
  })
})

describe('every seed', () => {
  it('numbers paragraphs 1..n in reading order and leaves headings unnumbered', () => {
    expect(sources).toHaveLength(5)
    for (const source of sources) {
      const numbers = source.blocks
        .filter((block) => block.kind === 'paragraph')
        .map((block) => block.number)
      expect(numbers, source.file).toEqual(numbers.map((_, index) => index + 1))
      expect(
        source.blocks.filter((block) => block.kind !== 'paragraph' && block.number !== null),
      ).toEqual([])
    }
  })

  it('collapses runs of whitespace and trims every block', () => {
    for (const source of sources) {
      for (const block of source.blocks) {
        expect(block.text).toBe(block.text.trim())
        expect(block.text).not.toMatch(/\s{2}|[\u00a0\u200b\t]/u)
      }
    }
  })
})
