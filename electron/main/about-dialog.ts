import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron'
import type { EncyclopediaApi, PackInfo, SourceDate, SourceSummary } from '../../data/core/api-contract'
import { ERROR_MESSAGES_VI } from '../../data/core/error-messages'
import type { Result } from '../../data/core/result'

export interface AboutFacts {
  appName: string
  appVersion: string
  pack: Result<PackInfo>
  sources: Result<SourceSummary[]>
}

/** Enough of the content hash to tell two builds of a pack apart when a user reads it out. */
const SHORT_HASH_LENGTH = 12
/** Primary documents named in the dialog: a pack built from a folder can hold 126 000. */
export const ABOUT_SOURCES = 10

/**
 * Trợ giúp › Giới thiệu: the app and its version, the open pack (title, version, content hash) and
 * the primary documents it was built from with their publishers. No build date: packs are built
 * deterministically, so the content hash is what identifies one.
 */
export function aboutDialogOptions({ appName, appVersion, pack, sources }: AboutFacts): MessageBoxOptions {
  const lines = ['Bách khoa toàn thư ngoại tuyến về APEC, ASEAN và ngoại giao khu vực của Việt Nam.', '']
  if (pack.ok) {
    const { title, version, contentHash, counts } = pack.value
    lines.push(
      `Gói dữ liệu: ${title}`,
      `Phiên bản gói: ${version} (mã nội dung ${contentHash.slice(0, SHORT_HASH_LENGTH)})`,
      `${counts.entries} mục từ, ${counts.facts} dữ kiện, ${counts.sources} tài liệu gốc.`,
    )
  } else {
    lines.push(`Gói dữ liệu: không đọc được (${ERROR_MESSAGES_VI[pack.error.code].title}).`)
  }
  if (sources.ok) {
    const primary = sources.value.filter((source) => source.kind === 'primary').slice(0, ABOUT_SOURCES)
    if (primary.length > 0) lines.push('', 'Tài liệu gốc:', ...primary.map(sourceLine))
    const more = pack.ok ? pack.value.counts.sources - primary.length : 0
    if (more > 0) lines.push(`… và ${more.toLocaleString('vi-VN')} tài liệu khác (xem trang Tài liệu nguồn).`)
  }
  lines.push('', 'Ứng dụng chạy hoàn toàn ngoại tuyến: không gửi dữ liệu đi đâu và không tự cập nhật.')
  return {
    type: 'info',
    title: `Giới thiệu ${appName}`,
    message: `${appName} ${appVersion}`,
    detail: lines.join('\n'),
    buttons: ['Đóng'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  }
}

/** Asks the open pack for its facts at the moment the user opens the dialog, so a newly opened pack shows. */
export async function showAboutDialog(window: BrowserWindow | null, api: EncyclopediaApi, app: { name: string; version: string }): Promise<void> {
  const [pack, sources] = await Promise.all([api.getPackInfo(), api.listSources({ kind: 'primary', limit: ABOUT_SOURCES })])
  const options = aboutDialogOptions({ appName: app.name, appVersion: app.version, pack, sources })
  if (window) await dialog.showMessageBox(window, options)
  else await dialog.showMessageBox(options)
}

function sourceLine(source: SourceSummary): string {
  const date = sourceYear(source.date)
  return `• ${source.title} — ${source.publisher}${date ? `, ${date}` : ''}`
}

function sourceYear(date: SourceDate): string | null {
  return date.value === null ? null : (/^\d{4}/.exec(date.value)?.[0] ?? null)
}
