import type { FactValueKind } from '../core/entry-types'
import type { LoadedEntry } from './load-entries'
import type { LoadedSource } from './load-sources'
import { recordsOf, type EditorialReference, type ReferenceData } from './reference-data'

export interface References {
  sources: ReadonlyMap<string, LoadedSource>
  reference: ReferenceData
  editorial: EditorialReference
}

export function isReferenceSource(references: References, sourceId: string): boolean {
  return [...references.reference.sources, ...references.editorial.sources].some((source) => source.id === sourceId)
}

export function citationProblem(references: References, sourceId: string, paragraph: number | null): string | null {
  if (paragraph === null) {
    return isReferenceSource(references, sourceId)
      ? null
      : `không có nguồn tham khảo "ref:${sourceId}" trong data/reference/apec-reference.json hay editorial-reference.json`
  }
  const source = references.sources.get(sourceId)
  if (!source) return `không có tài liệu nguồn "${sourceId}"`
  const count = source.blocks.filter((block) => block.number !== null).length
  return paragraph <= count ? null : `tài liệu "${sourceId}" chỉ có ${count} đoạn, không có đoạn ${paragraph}`
}

/** A fact cited to a reference file must say what that file says (dates and numbers; text is our wording). */
export function referenceDisagreement(
  entry: LoadedEntry,
  key: string,
  value: string,
  kind: FactValueKind,
  sourceId: string,
  references: References,
): string | null {
  if (references.editorial.sources.some((source) => source.id === sourceId)) {
    return editorialDisagreement(value, kind, sourceId, references.editorial)
  }
  const records = recordsOf(references.reference, sourceId)
  if (key === 'joined') {
    const member = records.members.find((candidate) => candidate.id === entry.meta.id)
    return member?.joined === value ? null : `ngày gia nhập "${value}" không khớp với tham khảo ref:${sourceId}`
  }
  if (key === 'hosted') {
    const hosted = records.hosts.some((host) => host.economy === entry.meta.id && String(host.year) === value)
    return hosted ? null : `ref:${sourceId} không ghi ${entry.meta.id} đăng cai năm ${value}`
  }
  if (kind === 'year' || kind === 'month' || kind === 'date') {
    const year = value.slice(0, 4)
    const found =
      records.hosts.some((host) => String(host.year) === year) ||
      records.members.some((member) => member.joined === value || member.joined.startsWith(`${year}-`))
    return found ? null : `ref:${sourceId} không có mốc "${value}"`
  }
  if (kind === 'number') {
    return JSON.stringify(records).includes(value) ? null : `ref:${sourceId} không có số "${value}"`
  }
  return null
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const pad = (value: number) => String(value).padStart(2, '0')
const month = (name: string) => pad(MONTHS.indexOf(name) + 1)
// The month names spelled out: patterns are literals, never built from text.
const DAYS_MONTH_YEAR = /\b(\d{1,2})(?:[-–](\d{1,2}))? (january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})/g
const MONTH_DAY_YEAR = /\b(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2}), (\d{4})/g
const MONTH_YEAR = /\b(january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})/g

/**
 * Dates and counts an English reference text states: ISO dates (1989-11-06), "6-7 November 1989",
 * "January 1, 1995", "January 2017", years, digits and the words one to twelve.
 */
export function englishMentions(text: string): { dates: Set<string>; months: Set<string>; years: Set<string>; numbers: Set<string> } {
  const lower = text.toLowerCase()
  const found = { dates: new Set<string>(), months: new Set<string>(), years: new Set<string>(), numbers: new Set<string>() }
  const addDate = (year: string, monthNumber: string, day: string) => {
    found.dates.add(`${year}-${monthNumber}-${pad(Number(day))}`)
    found.months.add(`${year}-${monthNumber}`)
  }
  for (const [, year = '', monthNumber = '', day = ''] of lower.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) addDate(year, monthNumber, day)
  for (const [, first = '', last, name = '', year = ''] of lower.matchAll(DAYS_MONTH_YEAR)) {
    addDate(year, month(name), first)
    if (last) addDate(year, month(name), last)
  }
  for (const [, name = '', day = '', year = ''] of lower.matchAll(MONTH_DAY_YEAR)) addDate(year, month(name), day)
  for (const [, name = '', year = ''] of lower.matchAll(MONTH_YEAR)) found.months.add(`${year}-${month(name)}`)
  for (const [number = ''] of lower.matchAll(/\d+/g)) {
    found.numbers.add(String(Number(number)))
    if (number.length === 4) found.years.add(number)
  }
  const words = new Set(lower.split(/[^a-z]+/))
  NUMBER_WORDS.forEach((word, value) => {
    if (words.has(word)) found.numbers.add(String(value))
  })
  return found
}

/** A date or count cited to the editorial reference must be one its facts about that source state. */
function editorialDisagreement(value: string, kind: FactValueKind, sourceId: string, editorial: EditorialReference): string | null {
  if (kind === 'text') return null
  const text = editorial.facts
    .filter((fact) => fact.source === sourceId)
    .flatMap((fact) => [fact.value, fact.says ?? ''])
    .join('\n')
  const stated = englishMentions(text)
  const found =
    kind === 'number'
      ? stated.numbers.has(String(Number(value.replace(',', '.'))))
      : kind === 'year'
        ? stated.years.has(value)
        : kind === 'month'
          ? stated.months.has(value)
          : stated.dates.has(value)
  return found ? null : `ref:${sourceId} không có ${kind === 'number' ? 'số' : 'mốc'} "${value}" (data/reference/editorial-reference.json)`
}

/** An editorial fact is there to be shown: the entry it is about must cite its source. */
export function uncitedEditorialFacts(entries: readonly LoadedEntry[], editorial: EditorialReference): { entry: LoadedEntry; message: string }[] {
  const problems: { entry: LoadedEntry; message: string }[] = []
  for (const fact of editorial.facts) {
    const entry = entries.find((candidate) => candidate.meta.id === fact.subject)
    if (!entry) continue
    const cited =
      entry.meta.facts.some((own) => own.source === `ref:${fact.source}`) ||
      entry.parsedBody.citations.some((citation) => citation.paragraph === null && citation.sourceId === fact.source)
    if (!cited) problems.push({ entry, message: `mục từ chưa trích dữ kiện tham khảo "${fact.id}" (ref:${fact.source}) về chính nó` })
  }
  return problems
}
