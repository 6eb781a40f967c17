import type { BrokenReason, ElectronBinaryState, ExplicitBinary } from './electron-binary-state'
import type { InstallFailure } from './install-failure'

/**
 * What `npm start` says while it makes sure Electron is there: Vietnamese for the user, plus one
 * English line on failure that names the technical cause (for a search engine or an IT desk).
 */

const megabytes = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})

/** 23400000 → "23,4 MB". */
export function formatMegabytes(bytes: number): string {
  return `${megabytes.format(bytes / 1_000_000)} MB`
}

export const startMessages = {
  firstDownload: (version: string) =>
    `Lần chạy đầu: tải Electron ${version} về máy (khoảng 100 MB, chỉ một lần)...`,
  repairing: (version: string, reason: string) =>
    `Bản Electron trong node_modules/electron không dùng được (${reason}): cài lại Electron ${version}...`,
  waiting: (version: string) => `Đang chạy trình cài của Electron ${version}...`,
  downloading: (version: string, bytes: number) =>
    `Đang tải Electron ${version}: ${formatMegabytes(bytes)}...`,
  finishing: (version: string, bytes: number) =>
    bytes > 0
      ? `Đã tải ${formatMegabytes(bytes)}. Đang kiểm tra và giải nén Electron ${version}...`
      : `Đang giải nén Electron ${version} từ bộ nhớ đệm...`,
  installed: (version: string) => `Đã cài Electron ${version}.`,
  usingExplicit: (variable: ExplicitBinary['variable'], executablePath: string) =>
    `Dùng Electron theo ${variable}: ${executablePath}`,
}

export function brokenReasonText(reason: BrokenReason | { kind: 'absent' }): {
  vi: string
  en: string
} {
  switch (reason.kind) {
    case 'absent':
      return { vi: 'không có tệp chạy Electron ở đó', en: 'no Electron executable there' }
    case 'not-a-file':
      return { vi: 'đường dẫn không phải là một tệp', en: 'not a file' }
    case 'empty-binary':
      return { vi: 'tệp chạy rỗng, 0 byte', en: 'the executable is empty (0 bytes)' }
    case 'not-executable':
      return { vi: 'tệp không có quyền chạy', en: 'the file is not executable' }
    case 'wrong-platform':
      return {
        vi: `bản cho hệ điều hành khác (${reason.found})`,
        en: `built for another platform (${reason.found})`,
      }
    case 'version-mismatch':
      return {
        vi: reason.found ? `phiên bản ${reason.found}` : 'không rõ phiên bản',
        en: reason.found ? `version ${reason.found}` : 'unknown version',
      }
  }
}

function failureReason(failure: InstallFailure): { vi: string; en: string } {
  switch (failure.kind) {
    case 'dns':
      return {
        vi: `không tìm thấy máy chủ ${failure.host} (máy này chưa có mạng, hoặc không phân giải được tên miền)`,
        en: `DNS lookup failed for ${failure.host} (${failure.code})`,
      }
    case 'refused':
      return {
        vi: `máy chủ ${failure.host} từ chối kết nối`,
        en: `connection refused by ${failure.host}`,
      }
    case 'reset':
      return {
        vi: `kết nối tới ${failure.host} bị ngắt giữa chừng`,
        en: `connection reset by ${failure.host}`,
      }
    case 'unreachable':
      return {
        vi: `không có đường mạng tới ${failure.host}`,
        en: `network unreachable for ${failure.host} (${failure.code})`,
      }
    case 'connect-timeout':
      return {
        vi: `không kết nối được tới ${failure.host} (hết thời gian chờ)`,
        en: `connection to ${failure.host} timed out`,
      }
    case 'tls':
      return {
        vi: `chứng chỉ bảo mật của ${failure.host} không được tin cậy (thường do proxy hoặc tường lửa của cơ quan)`,
        en: `TLS certificate of ${failure.host} not trusted (${failure.code})`,
      }
    case 'network':
      return {
        vi: `lỗi mạng khi tải từ ${failure.host}`,
        en: `network error from ${failure.host}: ${failure.message}${failure.code ? ` (${failure.code})` : ''}`,
      }
    case 'http':
      return {
        vi:
          failure.status === 404
            ? `máy chủ không có tệp Electron ở địa chỉ này (404)`
            : failure.status === 407
              ? `proxy đòi đăng nhập (407)`
              : `máy chủ trả lời lỗi ${failure.status}`,
        en: `HTTP ${failure.status} (${failure.statusText}) for ${failure.url}`,
      }
    case 'checksum':
      return {
        vi: 'tệp tải về không khớp mã kiểm tra SHA-256 của Electron (máy chủ trả về tệp khác, hoặc tệp bị hỏng)',
        en: `checksum mismatch for ${failure.file}`,
      }
    case 'no-first-byte':
      return {
        vi: `${failure.host ?? 'máy chủ tải'} không trả lời sau ${failure.seconds} giây`,
        en: `no answer from ${failure.host ?? 'the download server'} in ${failure.seconds} s`,
      }
    case 'stalled':
      return {
        vi: `quá trình tải dừng lại: không nhận thêm dữ liệu trong ${failure.seconds} giây`,
        en: `download stalled: no data from ${failure.host ?? 'the download server'} for ${failure.seconds} s`,
      }
    case 'installer':
      return { vi: 'trình cài của Electron báo lỗi', en: `installer failed: ${failure.detail}` }
  }
}

function waysOn(version: string): string[] {
  return [
    'Có ba cách:',
    `  1. Kết nối Internet một lần rồi chạy lại \`npm start\` (Electron ${version} chỉ tải một lần).`,
    `  2. Đặt ELECTRON_MIRROR trỏ tới bản sao Electron trong mạng nội bộ, hoặc ELECTRON_OVERRIDE_DIST_PATH`,
    `     trỏ tới thư mục Electron ${version} đã giải nén, rồi chạy lại (README, mục "Electron trên máy không có Internet").`,
    '  3. Dùng bản web: `npm run web`; hoặc cài bộ cài dựng bằng `npm run dist` trên một máy có mạng.',
  ]
}

/** The whole failure message: what failed in Vietnamese, the three ways on, one English line. */
export function installFailureMessage(version: string, failure: InstallFailure): string {
  const reason = failureReason(failure)
  return [
    `Không tải được Electron ${version}, nên chưa mở được ứng dụng: ${reason.vi}.`,
    ...waysOn(version),
    `Electron ${version} download failed: ${reason.en}.`,
  ].join('\n')
}

/** The installer said it succeeded, yet the binary is still not usable. */
export function stillMissingMessage(
  version: string,
  state: Exclude<ElectronBinaryState, { kind: 'present' }>,
): string {
  const detail =
    state.kind === 'missing'
      ? {
          vi: 'không có tệp chạy',
          en: state.reason === 'no-path-file' ? 'path.txt missing' : 'executable missing',
        }
      : brokenReasonText(state.reason)
  return [
    `Trình cài của Electron chạy xong nhưng Electron ${version} vẫn chưa dùng được (${detail.vi}).`,
    ...waysOn(version),
    `Electron ${version} install incomplete: ${detail.en}.`,
  ].join('\n')
}

/** ELECTRON_EXEC_PATH or ELECTRON_OVERRIDE_DIST_PATH names something we cannot run. */
export function explicitUnusableMessage(
  version: string,
  state: Extract<ElectronBinaryState, { kind: 'explicit-unusable' }>,
): string {
  const { explicit } = state
  const detail = brokenReasonText(state.reason)
  const needs = state.reason.kind === 'version-mismatch' ? `, cần Electron ${version}` : ''
  return [
    `${explicit.variable}=${explicit.value} không dùng được: ${explicit.binaryPath}: ${detail.vi}${needs}.`,
    `Sửa hoặc bỏ biến ${explicit.variable} rồi chạy lại \`npm start\` (README, mục "Electron trên máy không có Internet").`,
    `${explicit.variable} unusable: ${explicit.binaryPath}: ${detail.en}${state.reason.kind === 'version-mismatch' ? `, expected ${version}` : ''}.`,
  ].join('\n')
}
