import { SHEET_WORDING } from '../../../data/core/sheet/sheet-wording'

/** The economy figures (World Factbook): the entry page's "Kinh tế – xã hội", charts, group totals, the sheet's "Chỉ số chính". */
export const ECONOMY_STRINGS = {
  economy: {
    heading: 'Kinh tế – xã hội',
    source: 'Nguồn: CIA World Factbook, bản cuối tháng 1/2026 (nguồn tham khảo). Mỗi số liệu ghi năm riêng của nó.',
    groups: {
      people: 'Dân số và lãnh thổ',
      output: 'Sản xuất, giá cả, việc làm',
      trade: 'Thương mại',
    },
    columns: { label: 'Chỉ số', value: 'Số liệu', source: 'Nguồn' },
    earlier: 'Các năm trước',
    capital: 'Thủ đô',
    exportPartners: 'Đối tác xuất khẩu chính',
    importPartners: 'Đối tác nhập khẩu chính',
    partnersYear: (year: string) => `năm ${year}, tỷ trọng trong tổng kim ngạch`,
    note: (note: string) => `(${note})`,
    charts: {
      gdp: 'GDP thực tế (PPP) và tăng trưởng qua ba năm',
      gdpBars: 'GDP (PPP)',
      growthLine: 'Tăng trưởng GDP',
      trade: 'Xuất khẩu và nhập khẩu qua ba năm',
      exports: 'Xuất khẩu',
      imports: 'Nhập khẩu',
      year: 'Năm',
      dataTable: (title: string) => `Số liệu của biểu đồ: ${title}`,
    },
    group: {
      heading: { apec: 'Tổng thể 21 nền kinh tế APEC', asean: 'Tổng thể 10 nước thành viên ASEAN' },
      total: (label: string) => `${label}: tổng cộng`,
      share: (share: string, world: string, year: number) => `${share} của thế giới (${world}, năm ${year})`,
      noWorld: 'không có số liệu thế giới để so sánh',
      oneYear: (year: number, count: number) => `Cộng số liệu năm ${year} của cả ${count} thành viên.`,
      mixedYears: 'Cộng số liệu mới nhất của mỗi thành viên; các năm không giống nhau:',
      yearMembers: (year: number, members: readonly string[]) => `năm ${year}: ${members.join(', ')}`,
      missing: (members: readonly string[]) => `Không có số liệu, không được cộng: ${members.join(', ')}.`,
      members: 'Các thành viên',
      memberColumn: 'Thành viên',
      notApec: 'không là thành viên APEC',
      asean:
        'Thành viên ASEAN theo mục “International organization participation” của World Factbook; Myanmar, Campuchia và Lào là thành viên ASEAN nhưng không phải nền kinh tế APEC.',
    },
  },
  /** The sheet's "Chỉ số chính" is printed and exported to Word alike, so its words live in the core. */
  sheetEconomy: SHEET_WORDING.economy,
} as const
