import { COMPARE_WORDING } from '../../../data/core/compare/compare-wording'

/** The comparison of economies (#/compare), its printed sheet and its place in a briefing pack. */
export const COMPARE_STRINGS = {
  compare: {
    // The printed sheet's words are shared with the Word export and the CLI (data/core/compare).
    ...COMPARE_WORDING,
    title: 'So sánh các nền kinh tế',
    lead: 'Số liệu mới nhất của mỗi nền kinh tế theo CIA World Factbook; mỗi số liệu ghi năm riêng của nó.',
    groups: { apec: '21 nền kinh tế APEC', asean: '10 nước ASEAN' },
    groupLabel: 'Nhóm so sánh',
    columnsLabel: (shown: number, total: number) => `Chọn cột (${shown}/${total})`,
    columnsLegend: 'Các chỉ số hiện trong bảng',
    lastColumn: 'Bảng cần ít nhất một cột.',
    chartLabel: 'Biểu đồ theo',
    caption: (group: string, sortedBy: string, direction: string) =>
      `So sánh ${group}, xếp theo ${sortedBy} (${direction}). Bấm tiêu đề cột để xếp lại.`,
    sortBy: (label: string) => `Xếp theo ${label}`,
    pick: (title: string) => `Chọn ${title} để so sánh cạnh nhau`,
    pickColumn: 'Cạnh nhau',
    pickHint: (min: number, max: number) => `Đánh dấu ${min}–${max} nền kinh tế ở cột “Cạnh nhau” để xem các chỉ số của chúng cạnh nhau.`,
    pickFull: (max: number) => `Đã chọn đủ ${max} nền kinh tế; bỏ chọn một nền kinh tế để chọn nền kinh tế khác.`,
    pickCount: (count: number, max: number) => `Đã chọn ${count}/${max}.`,
    clearPicks: 'Bỏ chọn tất cả',
    sideBySide: 'Cạnh nhau',
    sideBySideCaption: (titles: readonly string[]) => `Các chỉ số của ${titles.join(', ')}, cạnh nhau`,
    indicator: 'Chỉ số',
    chartNote: 'Số liệu của biểu đồ nằm trong bảng; thanh màu đậm là Việt Nam.',
    chartMissing: (titles: readonly string[]) => `Không có số liệu, không vẽ: ${titles.join(', ')}.`,
    source: 'Nguồn: CIA World Factbook, bản cuối tháng 1/2026 (nguồn tham khảo).',
    print: 'In / Xuất PDF',
    backToCompare: '← Về trang so sánh',
    pageTitle: 'So sánh các nền kinh tế',
    printTitle: 'Bản in: So sánh các nền kinh tế',
    pageCount: (pages: number) => `Khổ A4 ngang · ${pages} trang`,
    homeLead: 'Dân số, GDP, tăng trưởng, lạm phát, thương mại của 21 nền kinh tế APEC và 10 nước ASEAN, xếp và vẽ theo chỉ số bạn chọn.',
    homeLink: 'Mở bảng so sánh',
  },
} as const
