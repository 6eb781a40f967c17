import type { ErrorCode } from './error-codes'

/**
 * What a reader is told for each error code, in Vietnamese. Shared by the desktop app and the CLI;
 * the web edition reads its own advice where its reader can do something else (errorMessageVi).
 */
export const ERROR_MESSAGES_VI: { readonly [K in ErrorCode]: { title: string; advice: string } } = {
  'pack-missing': {
    title: 'Không tìm thấy gói dữ liệu',
    advice: 'Tệp gói dữ liệu bách khoa không có ở vị trí mong đợi. Hãy cài đặt lại ứng dụng hoặc chọn một gói dữ liệu khác.',
  },
  'pack-not-file': {
    title: 'Đường dẫn không phải tệp gói dữ liệu',
    advice:
      'Đường dẫn đã chọn là một thư mục, một thiết bị hoặc một ống dẫn (FIFO), không phải tệp thông thường, nên không được đọc. Hãy chọn tệp gói dữ liệu, ví dụ encyclopedia.sqlite.',
  },
  'pack-unreachable': {
    title: 'Không kết nối được máy chủ',
    advice: 'Không tải được gói dữ liệu vì không có phản hồi từ máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.',
  },
  'pack-empty': {
    title: 'Gói dữ liệu rỗng',
    advice: 'Tệp gói dữ liệu có dung lượng 0 byte, có thể do sao chép bị gián đoạn. Hãy sao chép lại hoặc cài đặt lại ứng dụng.',
  },
  'pack-not-sqlite': {
    title: 'Tệp không phải gói dữ liệu',
    advice: 'Tệp đã chọn không phải là gói dữ liệu của Bách khoa APEC. Hãy chọn đúng tệp encyclopedia.sqlite.',
  },
  'pack-truncated': {
    title: 'Gói dữ liệu bị thiếu phần cuối',
    advice: 'Tệp gói dữ liệu bị cắt cụt, có thể do tải về hoặc sao chép chưa xong. Hãy sao chép lại tệp đầy đủ.',
  },
  'pack-corrupt': {
    title: 'Gói dữ liệu bị hỏng',
    advice: 'Nội dung tệp gói dữ liệu bị hư hỏng và không thể đọc an toàn. Hãy cài đặt lại ứng dụng hoặc dùng một bản sao khác.',
  },
  'pack-foreign': {
    title: 'Tệp không phải gói dữ liệu Bách khoa APEC',
    advice: 'Đây là một cơ sở dữ liệu SQLite khác, không phải gói dữ liệu của Bách khoa APEC.',
  },
  'pack-schema-mismatch': {
    title: 'Phiên bản gói dữ liệu không phù hợp',
    advice: 'Gói dữ liệu được tạo cho một phiên bản ứng dụng khác. Hãy cập nhật ứng dụng hoặc dùng gói dữ liệu đi kèm.',
  },
  'pack-unsafe-schema': {
    title: 'Gói dữ liệu chứa thành phần không được phép',
    advice:
      'Gói dữ liệu có khung nhìn (view), trigger hoặc bảng nằm ngoài cấu trúc của Bách khoa APEC (tên ghi ở dưới), nên không được mở để tránh chạy mã lạ. Hãy tạo lại gói bằng lệnh “catalog build-pack” hoặc dùng gói dữ liệu đi kèm.',
  },
  'pack-too-large': {
    title: 'Gói dữ liệu quá lớn',
    advice: 'Tệp đã chọn lớn hơn mức ứng dụng có thể mở an toàn (1 GiB). Hãy chia nội dung thành các gói nhỏ hơn.',
  },
  'pack-bad-name': {
    title: 'Tên tệp gói dữ liệu không an toàn',
    advice:
      'Tên tệp có phần mà Windows hiểu khác đi hoặc có thể che giấu tên thật của tệp (ghi ở dưới). Hãy đổi tên tệp cho đơn giản, ví dụ goi-du-lieu.sqlite, rồi mở lại.',
  },
  'pack-copy-failed': {
    title: 'Không sao chép được gói dữ liệu',
    advice:
      'Trước khi dùng, gói dữ liệu được sao chép vào thư mục riêng của ứng dụng, nhưng việc sao chép không thành (ổ đĩa có thể đã đầy hoặc tệp đang bị khóa). Hãy giải phóng dung lượng rồi thử lại.',
  },
  'pack-check-timeout': {
    title: 'Kiểm tra gói dữ liệu quá lâu',
    advice:
      'Việc kiểm tra gói dữ liệu không xong trong thời gian cho phép nên đã được dừng lại. Tệp có thể bị hỏng hoặc được tạo để làm treo ứng dụng; hãy dùng một bản sao khác hoặc tạo lại gói.',
  },
  'not-found': {
    title: 'Không tìm thấy nội dung',
    advice: 'Mục bạn tìm không có trong gói dữ liệu này. Có thể đường dẫn đã cũ hoặc gói dữ liệu đã thay đổi.',
  },
  'invalid-input': {
    title: 'Yêu cầu không hợp lệ',
    advice: 'Ứng dụng nhận được một yêu cầu không hợp lệ và đã bỏ qua nó.',
  },
  'forbidden-sender': {
    title: 'Yêu cầu bị từ chối',
    advice: 'Yêu cầu không đến từ cửa sổ chính của ứng dụng nên đã bị từ chối.',
  },
  'library-not-json': {
    title: 'Tệp không phải thư viện Bách khoa APEC',
    advice: 'Tệp đã chọn không phải tệp JSON nên không đọc được. Hãy chọn tệp đã xuất từ mục “Thư viện”. Thư viện hiện tại không bị thay đổi.',
  },
  'library-invalid': {
    title: 'Tệp thư viện không hợp lệ',
    advice: 'Tệp JSON này có trường sai hoặc thiếu so với định dạng thư viện Bách khoa APEC (vị trí trường sai ghi ở dưới). Thư viện hiện tại không bị thay đổi.',
  },
  'library-newer-version': {
    title: 'Tệp thư viện của phiên bản mới hơn',
    advice: 'Tệp được tạo bởi một phiên bản Bách khoa APEC mới hơn. Hãy cập nhật ứng dụng rồi nhập lại. Thư viện hiện tại không bị thay đổi.',
  },
  'library-too-large': {
    title: 'Tệp quá lớn',
    advice: 'Tệp đã chọn lớn hơn nhiều so với một thư viện thông thường nên không được đọc. Hãy kiểm tra lại tệp.',
  },
  'library-read-failed': {
    title: 'Không đọc được thư viện',
    advice: 'Không đọc được tệp thư viện trên máy (có thể do quyền truy cập). Những thay đổi trong lần mở này sẽ không được lưu, để không ghi đè thư viện cũ.',
  },
  'library-save-failed': {
    title: 'Chưa lưu được thư viện',
    advice: 'Không ghi được vào ổ đĩa (ổ đầy hoặc không có quyền ghi). Bản lưu trước vẫn nguyên vẹn; thay đổi mới vẫn còn trong cửa sổ này. Hãy giải phóng dung lượng rồi thử lại.',
  },
  'library-read-only': {
    title: 'Thư viện do phiên bản mới hơn tạo; cập nhật ứng dụng',
    advice:
      'Thư viện trên máy này được một phiên bản Bách khoa APEC mới hơn ghi nên phiên bản này không đọc được. Thư viện đó được giữ nguyên, không bị đổi tên hay ghi đè; thay đổi trong lần mở này không được lưu. Hãy cập nhật ứng dụng.',
  },
  internal: {
    title: 'Đã xảy ra lỗi',
    advice: 'Ứng dụng gặp lỗi ngoài dự kiến. Dữ liệu của bạn không bị thay đổi; hãy thử lại.',
  },
  'print-failed': {
    title: 'Không in được',
    advice: 'Máy in hoặc hộp thoại in báo lỗi nên trang chưa được in. Hãy kiểm tra máy in rồi thử lại, hoặc dùng “Lưu PDF”.',
  },
  'save-failed': {
    title: 'Không lưu được tệp PDF',
    advice:
      'Không ghi được tệp vào nơi đã chọn: ổ đĩa có thể đã đầy, tệp đang mở trong chương trình khác hoặc thư mục không cho phép ghi. Hãy chọn nơi lưu khác rồi thử lại.',
  },
  'export-failed': {
    title: 'Không tạo được tệp Word',
    advice: 'Hồ sơ chưa được chuyển thành tệp .docx nên không có tệp nào được ghi. Hãy thử lại; nếu vẫn lỗi, dùng “Lưu PDF” hoặc “In...”.',
  },
  'docx-save-failed': {
    title: 'Không lưu được tệp Word',
    advice:
      'Không ghi được tệp vào nơi đã chọn: ổ đĩa có thể đã đầy, tệp đang mở trong Word hay chương trình khác, hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn nơi lưu khác rồi thử lại.',
  },
}

/** The shells a reader meets an error in: their advice differs, the title and the code do not. */
export type MessagePlatform = 'desktop' | 'web'

const RELOAD_OR_ADMIN = 'Hãy tải lại trang (F5); nếu vẫn lỗi, hãy báo cho người quản trị trang web.'

/**
 * A reader of the web edition cannot reinstall anything, choose another pack or free a disk: the
 * pack is a file on the site's server and the library lives in the browser. What they can do is
 * reload the page and tell whoever runs the site, which is what they are told.
 */
const WEB_ADVICE: { readonly [K in ErrorCode]?: string } = {
  'pack-missing': `Máy chủ của trang web không có tệp gói dữ liệu bách khoa (pack/encyclopedia.sqlite), hoặc từ chối gửi tệp đó. ${RELOAD_OR_ADMIN}`,
  'pack-unreachable': `Trình duyệt không nhận được gói dữ liệu vì mất kết nối tới máy chủ của trang web. Hãy kiểm tra kết nối mạng rồi tải lại trang (F5); nếu vẫn lỗi, hãy báo cho người quản trị trang web.`,
  'pack-empty': `Tệp gói dữ liệu trên máy chủ có dung lượng 0 byte, có thể do sao chép lên máy chủ bị gián đoạn. ${RELOAD_OR_ADMIN}`,
  'pack-not-sqlite': `Tệp gói dữ liệu trên máy chủ không phải là gói dữ liệu của Bách khoa APEC. ${RELOAD_OR_ADMIN}`,
  'pack-truncated': `Tệp gói dữ liệu trên máy chủ bị cắt cụt, có thể do sao chép lên máy chủ chưa xong hoặc đường truyền bị ngắt. ${RELOAD_OR_ADMIN}`,
  'pack-corrupt': `Nội dung tệp gói dữ liệu trên máy chủ bị hư hỏng và không thể đọc an toàn. ${RELOAD_OR_ADMIN}`,
  'pack-foreign': `Tệp gói dữ liệu trên máy chủ là một cơ sở dữ liệu SQLite khác, không phải gói dữ liệu của Bách khoa APEC. ${RELOAD_OR_ADMIN}`,
  'pack-schema-mismatch': `Gói dữ liệu trên máy chủ được tạo cho một phiên bản ứng dụng khác với trang web này. ${RELOAD_OR_ADMIN}`,
  'pack-unsafe-schema': `Gói dữ liệu trên máy chủ có khung nhìn (view), trigger hoặc bảng nằm ngoài cấu trúc của Bách khoa APEC (tên ghi ở dưới), nên không được mở để tránh chạy mã lạ. ${RELOAD_OR_ADMIN}`,
  'library-read-failed':
    'Trình duyệt không cho đọc thư viện đã lưu (có thể do chế độ riêng tư hoặc chính sách của trình duyệt). Những thay đổi trong lần mở này sẽ không được lưu, để không ghi đè thư viện cũ.',
  'library-save-failed':
    'Trình duyệt không cho ghi thêm (bộ nhớ của trang có thể đã đầy, hoặc trình duyệt đang ở chế độ riêng tư). Thay đổi mới vẫn còn trong cửa sổ này; hãy xuất thư viện ra tệp để giữ lại.',
}

/** The title and advice for `code` as the reader of `platform` needs them. */
export function errorMessageVi(code: ErrorCode, platform: MessagePlatform): { title: string; advice: string } {
  const message = ERROR_MESSAGES_VI[code]
  const advice = platform === 'web' ? WEB_ADVICE[code] : undefined
  return advice ? { title: message.title, advice } : message
}
