/** "Sao chép": a fact box, a sheet or a briefing pack onto the clipboard as rich text for Word. */
export const COPY_STRINGS = {
  copy: {
    button: 'Sao chép',
    /** Accessible names start with the visible word, so voice control users can say what they see. */
    factsLabel: 'Sao chép bảng dữ kiện kèm nguồn',
    sheetLabel: 'Sao chép hồ sơ',
    packLabel: 'Sao chép gói tài liệu',
    comparisonLabel: 'Sao chép bảng so sánh',
    hint: 'Chép dưới dạng văn bản có định dạng: dán vào Word (Ctrl+V) thành bảng, kèm danh mục nguồn.',
    copiedFacts: (title: string) => `Đã sao chép bảng dữ kiện của “${title}” kèm nguồn. Dán vào Word bằng Ctrl+V.`,
    copiedSheet: (title: string) => `Đã sao chép hồ sơ “${title}”. Dán vào Word bằng Ctrl+V.`,
    copiedComparison: (title: string) => `Đã sao chép bảng “${title}”. Dán vào Word bằng Ctrl+V.`,
    copiedPack: (title: string) => `Đã sao chép gói tài liệu “${title}”. Dán vào Word bằng Ctrl+V.`,
    failed: 'Không sao chép được: máy không cho ghi vào bộ nhớ tạm. Hãy dùng “Xuất Word...” hoặc chọn nội dung rồi bấm Ctrl+C.',
  },
} as const
