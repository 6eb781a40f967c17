import type { FactValueKind } from '../core/entry-types'

/** `1989` year, `1989-11` month, `2020-11-16` day, `21` or `107,15` number; anything else is text. */
export function factValueKind(value: string): FactValueKind {
  if (/^\d{4}$/.test(value) && Number(value) >= 1800 && Number(value) < 2200) return 'year'
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'month'
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) return 'date'
  if (/^\d+(?:[.,]\d+)?$/.test(value)) return 'number'
  return 'text'
}

/** Every year, month, day and number a paragraph mentions, in normalised form (1989, 1989-11, 2020-11-16, 21). */
export interface Mentions {
  years: Set<string>
  months: Set<string>
  dates: Set<string>
  numbers: Set<string>
}

const pad = (value: string): string => value.padStart(2, '0')
const isMonth = (value: string): boolean => Number(value) >= 1 && Number(value) <= 12
const isDay = (value: string): boolean => Number(value) >= 1 && Number(value) <= 31

/**
 * Reads the date forms Vietnamese and Chinese texts use: "tháng 11 năm 1989", "11/1989",
 * "16/11/2020", "ngày 11 tháng 8 năm 2003", "16/11" (the year then comes from the paragraph or
 * the source's own date), "06 đến 11/11", "11-12/11", "11–12/11", "1989年11月", and "năm nay" as the
 * source's year.
 */
export function mentionsIn(paragraph: string, sourceYear: string | null): Mentions {
  const text = paragraph.normalize('NFC').toLowerCase()
  const mentions: Mentions = { years: new Set(), months: new Set(), dates: new Set(), numbers: new Set() }

  for (const [raw] of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    mentions.numbers.add(raw)
    mentions.numbers.add(raw.replace(/[.,]/g, ''))
    if (/^\d+$/.test(raw)) mentions.numbers.add(String(Number(raw)))
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) < 2200) mentions.years.add(raw)
  }
  // "năm nay" (this year) is the year the source was written in.
  if (sourceYear && /năm nay/.test(text)) mentions.years.add(sourceYear)
  const contextYears = new Set(mentions.years)
  if (sourceYear) contextYears.add(sourceYear)

  const addDate = (year: string, month: string, day: string) => {
    if (!isMonth(month) || !isDay(day)) return
    mentions.dates.add(`${year}-${pad(month)}-${pad(day)}`)
    mentions.months.add(`${year}-${pad(month)}`)
  }
  const addMonth = (year: string, month: string) => {
    if (isMonth(month)) mentions.months.add(`${year}-${pad(month)}`)
  }

  for (const [, day = '', month = '', year = ''] of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g)) {
    addDate(year, month, day)
  }
  for (const [, first = '', last = '', month = '', year = ''] of text.matchAll(/(\d{1,2}) ?(?:-|–|đến) ?(\d{1,2})\/(\d{1,2})\/(\d{4})/g)) {
    addDate(year, month, first)
    addDate(year, month, last)
  }
  for (const [, day = '', month = '', year = ''] of text.matchAll(/ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g)) {
    addDate(year, month, day)
  }
  for (const [, month = '', year = ''] of text.matchAll(/tháng (\d{1,2})(?: năm |\/)(\d{4})/g)) addMonth(year, month)
  for (const [, month = '', year = ''] of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{4})(?![\d/])/g)) addMonth(year, month)
  for (const [, year = '', month = ''] of text.matchAll(/(\d{4})年(\d{1,2})月/g)) addMonth(year, month)

  // Forms without a year take it from the paragraph or the source's date.
  const dayMonths: [string, string][] = []
  for (const [, day = '', month = ''] of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g)) dayMonths.push([day, month])
  for (const [, first = '', last = '', month = ''] of text.matchAll(/(\d{1,2}) ?(?:-|–|đến) ?(\d{1,2})\/(\d{1,2})(?![\d/])/g)) {
    dayMonths.push([first, month], [last, month])
  }
  for (const [, day = '', month = ''] of text.matchAll(/ngày (\d{1,2}) tháng (\d{1,2})/g)) dayMonths.push([day, month])
  const looseMonths = [...text.matchAll(/tháng (\d{1,2})(?![\d/])/g)].map(([, month = '']) => month)
  for (const year of contextYears) {
    for (const [day, month] of dayMonths) addDate(year, month, day)
    for (const month of looseMonths) addMonth(year, month)
  }
  return mentions
}

/** Whether a dated or numeric value is stated in the paragraph; text values are not checked here. */
export function valueIsMentioned(value: string, kind: FactValueKind, mentions: Mentions): boolean {
  switch (kind) {
    case 'year':
      return mentions.years.has(value)
    case 'month':
      return mentions.months.has(value)
    case 'date':
      return mentions.dates.has(value)
    case 'number':
      return mentions.numbers.has(value) || mentions.numbers.has(value.replace(/[.,]/g, ''))
    case 'text':
      return true
  }
}
