import { SLUG_PATTERN } from '../core/slug'
import { COMPARISON_GROUPS, type ComparisonGroup } from '../core/api-contract'
import { ENTRY_TYPES, isEntryType, type EntryType } from '../core/entry-types'
import { isSheetPreset, SHEET_PRESETS, type SheetPreset } from '../core/sheet/sheet-presets'
import { parseExportTarget, type ExportCommand, type ExportFormat } from './export-arguments'

export type CliCommand =
  | { name: 'stats' }
  | { name: 'sources' }
  | { name: 'source'; id: string }
  | { name: 'entries'; type: EntryType | null }
  | { name: 'entry'; id: string }
  | { name: 'search'; query: string | null; type: EntryType | null; limit: number | null; stdin: boolean }
  | { name: 'suggest'; prefix: string; limit: number | null }
  | { name: 'build-pack'; from: string; out: string }
  | { name: 'compare'; group: ComparisonGroup }
  | ExportCommand

export interface CliArguments {
  command: CliCommand
  packPath: string | null
  json: boolean
}

export const CLI_USAGE = `Cách dùng: npm run -s catalog -- <lệnh> [--json] [--pack TỆP]
  stats               số nguồn, đoạn, mục từ và dữ kiện trong gói
  sources             danh sách tài liệu nguồn
  source <id>         một tài liệu nguồn với các đoạn đã đánh số
  entries [--type T]  danh sách mục từ (T: ${ENTRY_TYPES.join(', ')})
  entry <id>          một mục từ với dữ kiện, trích dẫn và quan hệ
  search "<truy vấn>" [--type T] [--limit N]
                      tìm kiếm mục từ và đoạn nguồn
  search --stdin      mỗi dòng vào là một truy vấn, mỗi dòng ra một kết quả JSON (kèm tookMs)
  suggest "<đầu từ>"  gợi ý tiêu đề, tên gọi khác, từ viết tắt
  compare [--group G] so sánh các nền kinh tế theo chỉ số World Factbook (G: ${COMPARISON_GROUPS.join(', ')}; mặc định apec)
  build-pack --from THƯ_MỤC --out TỆP
                      tạo gói dữ liệu từ một thư mục tệp .txt/.md (dòng đầu là tiêu đề)
  export <id>|compare|briefing --format docx|pdf --out TỆP [--preset ${SHEET_PRESETS.join('|')}]
         [--group G] [--entries a,b,c --title "Tên gói"]
                      xuất hồ sơ một mục từ, bảng so sánh (khổ ngang), hoặc một gói tài liệu,
                      ra Word (.docx) hay PDF
                      (PDF qua Chromium và bản web đã dựng: npm run build:web)
  --pack TỆP          dùng gói dữ liệu khác (mặc định: data/out/encyclopedia.sqlite)
  --json              in JSON
`

/** Parses `catalog` arguments without side effects, so every usage error is testable. */
export function parseCliArguments(argv: readonly string[]): { ok: true; value: CliArguments } | { ok: false; error: string } {
  const positional: string[] = []
  let packPath: string | null = null
  let json = false
  let type: EntryType | null = null
  let limit: number | null = null
  let stdin = false
  let from: string | null = null
  let out: string | null = null
  let format: ExportFormat | null = null
  let preset: SheetPreset | null = null
  let entries: string | null = null
  let title: string | null = null
  let group: ComparisonGroup | null = null
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? ''
    if (argument === '--json') json = true
    else if (argument === '--pack') {
      const value = argv[index + 1]
      if (value === undefined || value.startsWith('--')) return { ok: false, error: 'Thiếu đường dẫn tệp sau --pack.' }
      packPath = value
      index += 1
    } else if (argument === '--type') {
      const value = argv[index + 1] ?? ''
      if (!isEntryType(value)) return { ok: false, error: `--type cần một trong: ${ENTRY_TYPES.join(', ')}.` }
      type = value
      index += 1
    } else if (argument === '--limit') {
      const value = Number(argv[index + 1])
      if (!Number.isInteger(value) || value < 1 || value > 100) return { ok: false, error: '--limit cần một số nguyên từ 1 đến 100.' }
      limit = value
      index += 1
    } else if (argument === '--from' || argument === '--out') {
      const value = argv[index + 1]
      if (value === undefined || value.startsWith('--')) return { ok: false, error: `Thiếu đường dẫn sau ${argument}.` }
      if (argument === '--from') from = value
      else out = value
      index += 1
    } else if (argument === '--format') {
      const value = argv[index + 1] ?? ''
      if (value !== 'docx' && value !== 'pdf') return { ok: false, error: '--format cần docx hoặc pdf.' }
      format = value
      index += 1
    } else if (argument === '--preset') {
      const value = argv[index + 1] ?? ''
      if (!isSheetPreset(value)) return { ok: false, error: `--preset cần một trong: ${SHEET_PRESETS.join(', ')}.` }
      preset = value
      index += 1
    } else if (argument === '--entries' || argument === '--title') {
      const value = argv[index + 1]
      if (value === undefined || value.startsWith('--')) return { ok: false, error: `Thiếu giá trị sau ${argument}.` }
      if (argument === '--entries') entries = value
      else title = value
      index += 1
    } else if (argument === '--group') {
      const value = argv[index + 1] ?? ''
      const known = COMPARISON_GROUPS.find((candidate) => candidate === value)
      if (known === undefined) return { ok: false, error: `--group cần một trong: ${COMPARISON_GROUPS.join(', ')}.` }
      group = known
      index += 1
    } else if (argument === '--stdin') stdin = true
    else if (argument.startsWith('--')) return { ok: false, error: `Không hiểu tùy chọn "${argument}".` }
    else positional.push(argument)
  }
  const [name, ...rest] = positional
  const done = (command: CliCommand, extra: number) =>
    rest.length > extra
      ? ({ ok: false, error: `Thừa tham số: ${rest.slice(extra).join(' ')}` } as const)
      : ({ ok: true, value: { command, packPath, json } } as const)
  switch (name) {
    case 'stats':
    case 'sources':
      return done({ name }, 0)
    case 'source': {
      const id = rest[0]
      if (id === undefined || !SLUG_PATTERN.test(id)) return { ok: false, error: 'Lệnh source cần một id hợp lệ, ví dụ: source wikipedia-apec' }
      return done({ name, id }, 1)
    }
    case 'entries':
      return done({ name, type }, 0)
    case 'entry': {
      const id = rest[0]
      if (id === undefined || !SLUG_PATTERN.test(id)) return { ok: false, error: 'Lệnh entry cần một id hợp lệ, ví dụ: entry viet-nam' }
      return done({ name, id }, 1)
    }
    case 'search': {
      if (stdin) return done({ name, query: null, type, limit, stdin }, 0)
      const query = rest[0]
      if (query === undefined) return { ok: false, error: 'Lệnh search cần một truy vấn, ví dụ: search "da nang", hoặc --stdin.' }
      return done({ name, query, type, limit, stdin }, 1)
    }
    case 'suggest': {
      const prefix = rest[0]
      if (prefix === undefined) return { ok: false, error: 'Lệnh suggest cần phần đầu của từ, ví dụ: suggest "APE".' }
      return done({ name, prefix, limit }, 1)
    }
    case 'compare':
      return done({ name, group: group ?? 'apec' }, 0)
    case 'build-pack':
      if (from === null || out === null) return { ok: false, error: 'Lệnh build-pack cần --from THƯ_MỤC và --out TỆP.' }
      return done({ name, from, out }, 0)
    case 'export': {
      const target = parseExportTarget({ target: rest[0], format, out, preset, entries, title, group })
      return target.ok ? done(target.value, 1) : target
    }
    case undefined:
      return { ok: false, error: 'Thiếu lệnh.' }
    default:
      return { ok: false, error: `Không có lệnh "${name}".` }
  }
}
