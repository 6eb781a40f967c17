import { SLUG_PATTERN } from '../core/slug'
import type { ComparisonGroup } from '../core/economy/comparison-types'
import type { SheetPreset } from '../core/sheet/sheet-presets'

export type ExportFormat = 'docx' | 'pdf'

/** A sheet, the comparison of a group, or a briefing pack of the entries given, in one preset, to one file. */
export type ExportTarget = { kind: 'entry'; id: string } | { kind: 'compare'; group: ComparisonGroup } | { kind: 'briefing'; entryIds: string[]; title: string }

export interface ExportCommand {
  name: 'export'
  target: ExportTarget
  format: ExportFormat
  out: string
  preset: SheetPreset
}

/** Packs from the CLI stay as small as the address form allows. */
const MAX_ENTRIES = 100

/** `export <id>|compare|briefing --format docx|pdf --out FILE [--preset P] [--group G] [--entries a,b,c --title T]`. */
export function parseExportTarget(options: {
  target: string | undefined
  format: ExportFormat | null
  out: string | null
  preset: SheetPreset | null
  entries: string | null
  title: string | null
  /** `--group` of `export compare`; null when not given. */
  group?: ComparisonGroup | null
}): { ok: true; value: ExportCommand } | { ok: false; error: string } {
  const { target, format, out } = options
  if (target === undefined) return { ok: false, error: 'Lệnh export cần id của một mục từ, "compare" hoặc "briefing", ví dụ: export viet-nam --format docx --out viet-nam.docx' }
  if (format === null) return { ok: false, error: 'Lệnh export cần --format docx hoặc --format pdf.' }
  if (out === null) return { ok: false, error: 'Lệnh export cần --out TỆP.' }
  if (!out.toLowerCase().endsWith(`.${format}`)) return { ok: false, error: `Tệp ra của --format ${format} phải có đuôi .${format}: ${out}` }
  const preset = options.preset ?? 'one-page'
  if (target === 'compare') {
    if (options.entries !== null || options.title !== null) return { ok: false, error: '--entries và --title chỉ dùng với export briefing.' }
    return { ok: true, value: { name: 'export', target: { kind: 'compare', group: options.group ?? 'apec' }, format, out, preset } }
  }
  if (options.group != null) return { ok: false, error: '--group chỉ dùng với export compare.' }
  if (target === 'briefing') {
    const entryIds = (options.entries ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '')
    if (entryIds.length === 0) return { ok: false, error: 'Gói tài liệu cần --entries a,b,c (id các mục từ, theo thứ tự).' }
    const bad = entryIds.find((id) => !SLUG_PATTERN.test(id))
    if (bad !== undefined) return { ok: false, error: `--entries: "${bad}" không phải id mục từ hợp lệ.` }
    if (entryIds.length > MAX_ENTRIES) return { ok: false, error: `Một gói tài liệu có tối đa ${MAX_ENTRIES} mục từ.` }
    return { ok: true, value: { name: 'export', target: { kind: 'briefing', entryIds, title: options.title ?? '' }, format, out, preset } }
  }
  if (!SLUG_PATTERN.test(target)) return { ok: false, error: `"${target}" không phải id mục từ hợp lệ, ví dụ: export viet-nam` }
  if (options.entries !== null || options.title !== null) return { ok: false, error: '--entries và --title chỉ dùng với export briefing.' }
  return { ok: true, value: { name: 'export', target: { kind: 'entry', id: target }, format, out, preset } }
}
