/** Grouped like the search page's counts: "126.236", as Vietnamese writes thousands. */
const grouped = (value: number) => value.toLocaleString('vi-VN')

/** The source documents: their list, its pages, and the reader. */
export const SOURCES_STRINGS = {
  sources: {
    heading: 'Tài liệu nguồn',
    intro:
      'Các văn bản gốc mà Bách khoa APEC dựa vào, đã loại bỏ phần trang trí của trang web (menu, tin liên quan, ô bình luận). Mỗi đoạn được đánh số để các mục từ trích dẫn.',
    /** A pack built from a folder of text files: no entries, nothing cleaned from web pages. */
    folderIntro: 'Các tài liệu của gói dữ liệu này, mỗi tài liệu là một tệp văn bản trong thư mục đã nhập. Mỗi đoạn được đánh số để trích dẫn và tìm đến.',
    paragraphCount: (count: number) => `${count} đoạn`,
    publisher: 'Nơi đăng',
    author: 'Tác giả',
    date: 'Ngày',
    languages: 'Ngôn ngữ',
    origin: 'Xuất xứ',
    attribution: 'Ghi công',
    licence: 'Giấy phép',
    paragraphLabel: (number: number) => `Đoạn ${number}`,
    linkToParagraph: (number: number) => `Liên kết đến đoạn ${number}`,
    back: '← Tất cả tài liệu nguồn',
    sourceNotice: 'Văn bản trích nguyên từ nguồn, không phải lời của Bách khoa APEC.',
    primary: 'Tài liệu gốc',
    reference: 'Nguồn tham khảo',
    referenceIntro:
      'Nguồn bên ngoài các tài liệu gốc, dùng cho một số dữ kiện (năm gia nhập, nền kinh tế chủ nhà) và số liệu kinh tế – xã hội của các nền kinh tế. Ứng dụng không mở mạng: địa chỉ chỉ để đối chiếu.',
    referenceKind: 'Nguồn tham khảo (không có văn bản trong gói dữ liệu)',
    url: 'Địa chỉ',
    accessed: 'Ngày truy cập',
    citedBy: 'Được trích dẫn trong',
    citedByDocument: 'Các mục từ dẫn nguồn này',
    notCited: 'Chưa có mục từ nào dẫn nguồn này.',
    /** Above the list of a pack too big for one page: how many, and which of them are shown. */
    total: (total: number) => `${grouped(total)} tài liệu`,
    shownRange: (first: number, last: number) => `đang hiện ${grouped(first)}–${grouped(last)}`,
    pageTitle: (page: number, pages: number) => `Tài liệu nguồn, trang ${grouped(page)}/${grouped(pages)}`,
    pager: {
      /** Two pagers, above and below the list: landmarks need names of their own. */
      top: 'Chuyển trang danh sách tài liệu gốc (đầu danh sách)',
      bottom: 'Chuyển trang danh sách tài liệu gốc (cuối danh sách)',
      first: 'Đầu',
      previous: 'Trước',
      next: 'Sau',
      last: 'Cuối',
      /** Names start with the visible word, so voice control users can say what they see. */
      firstLabel: 'Đầu: trang 1',
      previousLabel: (page: number) => `Trước: trang ${grouped(page)}`,
      nextLabel: (page: number) => `Sau: trang ${grouped(page)}`,
      lastLabel: (page: number) => `Cuối: trang ${grouped(page)}`,
      page: 'Trang',
      ofPages: (pages: number) => `/ ${grouped(pages)}`,
      go: 'Đến',
      goLabel: (pages: number) => `Đến trang đã gõ (1–${grouped(pages)})`,
    },
  },
} as const
