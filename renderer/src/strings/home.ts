/** The home page: where a reader starts. */
export const HOME_STRINGS = {
  home: {
    heading: 'Trong gói dữ liệu này',
    sources: 'tài liệu nguồn',
    paragraphs: 'đoạn văn được đánh số để trích dẫn',
    entries: 'mục từ',
    facts: 'dữ kiện có trích dẫn',
    packVersion: 'Phiên bản gói dữ liệu',
    schemaVersion: 'lược đồ',
    offline: 'Mọi nội dung nằm sẵn trên máy: ứng dụng không dùng mạng.',
    latestSources: 'Tài liệu nguồn',
    allSources: 'Xem tất cả tài liệu nguồn',
    search: {
      label: 'Tìm trong bách khoa',
      placeholder: 'Tên nền kinh tế, hội nghị, nhân vật, thuật ngữ…',
      submit: 'Tìm',
      hint: 'Gõ có dấu hay không dấu đều được, cả tên tiếng Anh và tiếng Trung. Thử:',
      examples: ['da nang', 'Bùi Thanh Sơn', 'FTAAP', 'thương mại điện tử'],
    },
    years: {
      heading: 'Các năm APEC',
      thisYear: (year: number) => `Năm nay, ${year}`,
      latest: 'Năm APEC gần nhất trong gói dữ liệu',
      hostedBy: (host: string) => `Chủ nhà: ${host}`,
      recent: 'Những năm trước',
      timeline: 'Mọi năm và mốc trên dòng thời gian',
    },
    explore: {
      heading: 'Bắt đầu từ',
      items: {
        members: { title: 'Bản đồ thành viên', text: '21 nền kinh tế thành viên trên bản đồ, năm gia nhập và năm đăng cai.' },
        timeline: { title: 'Dòng thời gian', text: 'Hội nghị và cột mốc từ 1989 đến nay, mỗi mốc kèm nguồn.' },
        structure: { title: 'Cơ cấu tổ chức', text: 'Cấp chính sách, cấp làm việc, Ban Thư ký và ABAC.' },
        glossary: { title: 'Thuật ngữ', text: 'Thuật ngữ APEC bằng tiếng Việt, tiếng Anh và tiếng Trung.' },
        browse: { title: 'Mục từ theo loại', text: 'Nền kinh tế, hội nghị, cơ quan, hiệp định, nhân vật, địa danh.' },
        sources: { title: 'Tài liệu nguồn', text: 'Các văn bản gốc, đánh số từng đoạn để trích dẫn.' },
      },
    },
    reading: {
      recent: 'Đọc gần đây',
      recentEmpty: 'Các mục từ và tài liệu bạn mở sẽ hiện ở đây.',
      allHistory: 'Xem toàn bộ lịch sử',
      bookmarks: 'Đã đánh dấu',
      bookmarksEmpty: 'Bấm “☆ Đánh dấu” trên một mục từ để giữ nó ở đây.',
      library: 'Mở thư viện của bạn',
    },
  },
} as const
