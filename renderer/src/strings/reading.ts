import { ENTRY_TYPE_NAMES_VI } from '../../../data/core/entry-types'
import { SHEET_WORDING } from '../../../data/core/sheet/sheet-wording'

/** Entries, browsing, link previews and history (the source documents: sources.ts). */
export const READING_STRINGS = {
  entryTypes: ENTRY_TYPE_NAMES_VI,
  entry: {
    type: 'Loại mục từ',
    names: 'Tên gọi khác',
    nameEn: 'Tiếng Anh',
    nameZh: 'Tiếng Trung',
    aliases: 'Còn gọi là',
    facts: 'Dữ kiện chính',
    factLabel: 'Dữ kiện',
    factValue: 'Giá trị',
    factSource: 'Nguồn',
    conflict: SHEET_WORDING.conflict,
    conflictNote: SHEET_WORDING.conflictNote,
    reference: 'nguồn tham khảo',
    paragraph: (number: number) => `đoạn ${number}`,
    body: 'Nội dung',
    bodyCitations: 'Nguồn trích dẫn',
    relations: 'Liên quan',
    backlinks: 'Được nhắc đến trong',
    browseAll: '← Tất cả mục từ',
  },
  browse: {
    heading: 'Mục từ',
    intro:
      'Các mục từ do Bách khoa APEC biên soạn, xếp theo loại. Mỗi dữ kiện trong mục từ đều dẫn về đoạn nguồn.',
    types: 'Loại mục từ',
    all: 'Tất cả',
    count: (count: number) => `${count} mục từ`,
    empty: 'Chưa có mục từ nào thuộc loại này.',
  },
  preview: {
    loading: 'Đang tải xem trước…',
  },
  history: {
    heading: 'Lịch sử xem',
    intro: 'Các mục từ và tài liệu nguồn đã mở gần đây trên máy này, mới nhất trước (tối đa 100).',
    empty: 'Chưa xem mục từ hay tài liệu nào.',
    clear: 'Xóa lịch sử',
    entry: 'Mục từ',
    source: 'Tài liệu nguồn',
    viewedAt: 'Đã xem',
  },
} as const
