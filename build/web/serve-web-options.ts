import { stat } from 'node:fs/promises'
import { ERROR_MESSAGES_VI } from '../../data/core/error-messages'
import { probePackFileAt } from '../../data/node/pack-file-fs'

export const SERVE_WEB_USAGE = `Cách dùng: npm run web [-- --pack TỆP]
  --pack TỆP, --pack=TỆP   phục vụ gói dữ liệu TỆP (.sqlite) thay cho gói phát hành
  Cổng: biến môi trường PORT (mặc định 5180).
`

export type ServeWebArguments = { ok: true; packFile: string | null } | { ok: false; error: string }

/** `npm run web` takes one option, `--pack FILE` or `--pack=FILE`; anything else is refused, never ignored. */
export function parseServeWebArguments(args: readonly string[]): ServeWebArguments {
  let packFile: string | null = null
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] ?? ''
    let value: string | undefined
    if (argument === '--pack') {
      value = args[index + 1]
      index += 1
    } else if (argument.startsWith('--pack=')) {
      value = argument.slice('--pack='.length)
    } else {
      return { ok: false, error: `Không hiểu tham số “${argument}”.` }
    }
    if (value === undefined || value === '' || value.startsWith('--')) {
      return { ok: false, error: 'Thiếu đường dẫn tệp gói dữ liệu sau --pack.' }
    }
    if (packFile !== null) return { ok: false, error: 'Chỉ phục vụ được một gói dữ liệu: --pack xuất hiện hai lần.' }
    packFile = value
  }
  return { ok: true, packFile }
}

/**
 * Why `file` cannot be served as the pack, in Vietnamese, or null when it can. The same checks as
 * the desktop app before it copies a chosen pack (probePackFileAt, rules in data/core/pack-file-check.ts:
 * a regular file, at most 1 GiB, the SQLite header and a whole number of pages), without reading the
 * file whole, so a folder, a FIFO or /dev/zero is refused at once instead of hanging or filling memory.
 */
export async function packFileProblem(file: string): Promise<string | null> {
  let info
  try {
    info = await stat(file)
  } catch {
    return `Không tìm thấy tệp gói dữ liệu: ${file}`
  }
  if (info.isDirectory()) return `${file} là một thư mục, không phải tệp gói dữ liệu (.sqlite).`
  if (!info.isFile()) {
    return `${file} không phải một tệp thông thường (có thể là FIFO, thiết bị hay socket): hãy chỉ đến tệp gói dữ liệu .sqlite.`
  }
  const probe = await probePackFileAt(file)
  if (probe.ok) return null
  const { title, advice } = ERROR_MESSAGES_VI[probe.error.code]
  return `Không dùng được gói dữ liệu ${file}: ${title}. ${advice}\nChi tiết: ${probe.error.message}`
}
