import { join, relative } from 'node:path'
import { FIGURE_LABELS, indicatorOf } from '../../core/economy/indicators'
import { formatQuantity, yearNote, type QuantityUnit } from '../../core/economy/quantity'
import { PipelineError, PipelineErrors } from '../pipeline-error'
import type { ReferenceSourceRow } from '../reference-data'
import { FieldError, noteAt, textAt, yearTexts, type FactbookJson, type LocatedText } from './factbook-fields'
import { CAPITALS, FACTBOOK_ECONOMIES, NO_STATE_FIELDS, type FactbookEconomy } from './factbook-economies'
import { loadFactbookFiles } from './factbook-files'
import { FigureTextError, NOT_AVAILABLE, parseFigureText, type ParsedFigure } from './figure-text'
import { CAPITAL_PATH, FIGURE_SPECS, ORGANISATIONS_PATH, PARTNER_SPECS, type FigureSpec } from './figure-specs'
import { vietnameseNameOf } from './country-names'
import { parsePartnerList, resolvePartner, type ApecByIso } from './partners'

/** The Factbook as a reference source of the pack: cited as "CIA World Factbook, bản cuối tháng 1/2026". */
export const FACTBOOK_SOURCE: ReferenceSourceRow = {
  id: 'cia-world-factbook-2026-01',
  publisher: 'CIA',
  title: 'CIA World Factbook, bản cuối tháng 1/2026',
  url: 'https://github.com/factbook/factbook.json/tree/783ed27f7a1116663c10e7b39d162d0c4500505d',
  accessed: '2026-01-22',
  origin:
    'Bản cuối của The World Factbook (CIA ngừng phát hành tháng 2/2026), dạng JSON của kho công khai factbook/factbook.json, ' +
    'commit 783ed27f ngày 22/1/2026; 25 tệp giữ nguyên trong data/reference/factbook-2026-01/.',
  attribution:
    'CIA, The World Factbook (bản cuối, tháng 1/2026), qua factbook/factbook.json. Số liệu được trích làm nguồn tham khảo, ' +
    'mỗi số liệu ghi năm riêng của nó; tên gọi theo cách dùng của APEC và Việt Nam.',
  licence: 'Phạm vi công cộng (tác phẩm của Chính phủ Hoa Kỳ); kho JSON: CC0 1.0',
}

export interface ImportedFigure {
  key: string
  label: string
  /** The Vietnamese display: "1,456 nghìn tỷ USD", or a name (a capital, a trade partner). */
  value: string
  amount: number | null
  unit: QuantityUnit | null
  year: number | null
  note: string | null
  linkId: string | null
}

export interface ImportedEconomy {
  id: string
  title: string
  entryId: string | null
  apec: boolean
  asean: boolean
  world: boolean
  figures: ImportedFigure[]
}

export interface FactbookImport {
  source: ReferenceSourceRow
  economies: ImportedEconomy[]
  /** The folder's files, for the pack's content hash. */
  hashed: [string, string][]
}

/** What the importer needs to know of our entries: titles to name APEC members and capitals by. */
export type EntryTitles = ReadonlyMap<string, { title: string; type: string }>

/**
 * Reads the Factbook folder into figures per economy: the indicators (each parsed into an amount,
 * unit and year), the capital and the top trade partners. Every problem is reported at once with
 * its file, key path and text; nothing that cannot be read is guessed.
 */
export async function importFactbook(directory: string, displayRoot: string, entries: EntryTitles): Promise<FactbookImport> {
  const files = await loadFactbookFiles(directory, displayRoot)
  const errors: PipelineError[] = []
  const apecByIso: ApecByIso = new Map(
    FACTBOOK_ECONOMIES.flatMap((economy) => {
      const entry = economy.kind === 'apec' && economy.iso ? entries.get(economy.id) : undefined
      return entry && economy.iso ? [[economy.iso, { id: economy.id, title: entry.title }] as const] : []
    }),
  )
  const economies: ImportedEconomy[] = []
  for (const economy of FACTBOOK_ECONOMIES) {
    const source = files.byCode.get(economy.gec)
    if (!source) {
      errors.push(new PipelineError(relative(displayRoot, join(directory, `${economy.gec}.json`)), null, null, 'thiếu tệp Factbook'))
      continue
    }
    const report = (path: readonly string[], message: string) =>
      errors.push(new PipelineError(source.file, null, path.join(' › '), message))
    const title = titleOf(economy, entries)
    if (title === null) {
      report([], `không có mục từ nền kinh tế "${economy.id}" cho tệp này`)
      continue
    }
    economies.push({
      id: economy.id,
      title,
      entryId: economy.kind === 'apec' ? economy.id : null,
      apec: economy.kind === 'apec',
      asean: economy.kind !== 'world' && isAseanMember(source.json, report),
      world: economy.kind === 'world',
      figures: figuresOf(economy, source.json, { entries, apecByIso, report }),
    })
  }
  if (errors.length > 0) throw new PipelineErrors(errors)
  return { source: FACTBOOK_SOURCE, economies, hashed: files.hashed }
}

function titleOf(economy: FactbookEconomy, entries: EntryTitles): string | null {
  if (economy.kind === 'world') return 'Thế giới'
  if (economy.kind === 'non-apec') return economy.iso ? vietnameseNameOf(economy.iso) : null
  const entry = entries.get(economy.id)
  return entry?.type === 'economy' ? entry.title : null
}

interface Context {
  entries: EntryTitles
  apecByIso: ApecByIso
  report: (path: readonly string[], message: string) => void
}

/** Runs one read, turning a field or text problem into a report; returns null after a report. */
function attempt<T>(context: Context, path: readonly string[], read: () => T): T | null {
  try {
    return read()
  } catch (error) {
    if (error instanceof FieldError) context.report(error.path, error.message)
    else if (error instanceof FigureTextError) context.report(path, error.message)
    else throw error
    return null
  }
}

function figuresOf(economy: FactbookEconomy, json: FactbookJson, context: Context): ImportedFigure[] {
  const figures: ImportedFigure[] = []
  if (economy.kind === 'apec' && !NO_STATE_FIELDS.has(economy.id)) {
    const capital = attempt(context, CAPITAL_PATH, () => capitalOf(textAt(json, CAPITAL_PATH), context))
    if (capital) figures.push(capital)
  }
  for (const spec of FIGURE_SPECS) {
    // The world's file has no current account balance; every economy's must have every figure.
    if (economy.kind === 'world' && !hasField(json, spec.path)) continue
    figures.push(...(attempt(context, spec.path, () => indicatorFigures(spec, json)) ?? []))
  }
  if (economy.kind === 'apec') {
    for (const spec of PARTNER_SPECS) {
      figures.push(...(attempt(context, spec.path, () => partnerFigures(spec.key, textAt(json, spec.path), context)) ?? []))
    }
  }
  return figures
}

function hasField(json: FactbookJson, path: readonly string[]): boolean {
  try {
    textAt(json, path)
    return true
  } catch {
    try {
      return yearTexts(json, path).length > 0
    } catch {
      return false
    }
  }
}

function indicatorFigures(spec: FigureSpec, json: FactbookJson): ImportedFigure[] {
  const basis = basisOf(spec, json)
  const texts: LocatedText[] = spec.perYear ? yearTexts(json, spec.path) : [textAt(json, spec.path)]
  const indicator = indicatorOf(spec.key)
  if (!indicator) throw new FieldError(spec.path, `chỉ số "${spec.key}" không có trong data/core/economy/indicators.ts`)
  return texts.flatMap(({ path, text }) => {
    let parsed: ParsedFigure | typeof NOT_AVAILABLE
    try {
      parsed = parseFigureText(text, spec.expect)
    } catch (error) {
      if (error instanceof FigureTextError) throw new FieldError(path, error.message)
      throw error
    }
    if (parsed === NOT_AVAILABLE) return []
    if (spec.perYear && parsed.year !== Number(path.at(-1)?.slice(-4))) {
      throw new FieldError(path, `"${text}": năm trong giá trị khác năm của khóa`)
    }
    // Population is exact to the person in the source; it reads as "106,7 triệu người".
    const precision = parsed.unit === 'people' ? undefined : parsed.precision
    return [
      {
        key: spec.key,
        label: indicator.label,
        value: formatQuantity(parsed.amount, parsed.unit, precision),
        amount: parsed.amount,
        unit: parsed.unit,
        year: parsed.year,
        note: noteOf(parsed, basis),
        linkId: null,
      },
    ]
  })
}

function noteOf(parsed: ParsedFigure, basis: string | null): string | null {
  const parts = [parsed.year === null ? null : yearNote(parsed.year, parsed.estimate), basis]
  const note = parts.filter((part): part is string => part !== null).join('; ')
  return note === '' ? null : note
}

/** The basis a field's note gives (see FIGURE_SPECS); an unexpected note stops the build. */
function basisOf(spec: FigureSpec, json: FactbookJson): string | null {
  if (spec.notes === 'ignored') return null
  const note = noteAt(json, spec.path)
  if (note === null) return null
  const known = spec.notes.find(([prefix]) => note.startsWith(prefix))
  if (!known) throw new FieldError([...spec.path, 'note'], `ghi chú chưa biết "${note}": thêm vào figure-specs.ts cùng cơ sở tính`)
  return known[1]
}

function capitalOf({ text }: LocatedText, context: Context): ImportedFigure {
  const known = CAPITALS[text]
  if (!known) throw new FigureTextError(`thủ đô "${text}" chưa có tên tiếng Việt trong factbook-economies.ts`)
  const entry = known.entry ? context.entries.get(known.entry) : undefined
  if (known.entry && !entry) throw new FigureTextError(`thủ đô "${text}": không có mục từ "${known.entry}"`)
  return {
    key: 'capital',
    label: FIGURE_LABELS.capital,
    value: entry?.title ?? known.name,
    amount: null,
    unit: null,
    year: null,
    note: null,
    linkId: entry ? (known.entry ?? null) : null,
  }
}

function partnerFigures(key: 'export-partner' | 'import-partner', { text }: LocatedText, context: Context): ImportedFigure[] {
  return parsePartnerList(text).map(({ englishName, share }) => {
    const partner = resolvePartner(englishName, context.apecByIso)
    return {
      key,
      label: FIGURE_LABELS[key],
      value: partner.name,
      amount: share.amount,
      unit: share.unit,
      year: share.year,
      note: noteOf(share, null),
      linkId: partner.linkId,
    }
  })
}

/** "ASEAN" alone in the Factbook's list of memberships; "ASEAN (dialogue partner)" is not membership. */
function isAseanMember(json: FactbookJson, report: Context['report']): boolean {
  try {
    return textAt(json, ORGANISATIONS_PATH).text.split(', ').includes('ASEAN')
  } catch (error) {
    if (!(error instanceof FieldError)) throw error
    report(error.path, error.message)
    return false
  }
}
