import type { EntryType } from '../core/entry-types'
import { linkText, blankSpans, containsWholeWord, wholeWordIndexes } from './entry-text'
import { factValueKind, mentionsIn } from './fact-values'
import type { LoadedEntry } from './load-entries'

/** Every name an entry can be called by, to find entries named in a summary. */
export interface NameIndex {
  /** Longest first, so "Hội nghị Cấp cao APEC lần thứ 25" is found before "APEC". */
  names: readonly { name: string; entryId: string }[]
  namesOf: ReadonlyMap<string, readonly string[]>
  titleOf(entryId: string): string
}

/** Glossary terms and topics are common nouns ("nền kinh tế thành viên"), not names to look for. */
const COMMON_NOUN_TYPES: ReadonlySet<EntryType> = new Set(['term', 'topic'])

export function buildNameIndex(entries: readonly LoadedEntry[]): NameIndex {
  const namesOf = new Map<string, string[]>()
  const names: { name: string; entryId: string }[] = []
  for (const { meta } of entries) {
    const own = [...new Set([meta.title, ...meta.aliases, meta.names.en, meta.names.zh].filter((name): name is string => !!name))]
    namesOf.set(meta.id, own)
    if (COMMON_NOUN_TYPES.has(meta.type)) continue
    for (const name of own) if (name.length >= 2) names.push({ name, entryId: meta.id })
  }
  names.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name))
  const titles = new Map(entries.map((entry) => [entry.meta.id, entry.meta.title]))
  return { names, namesOf, titleOf: (id) => titles.get(id) ?? id }
}

export interface SummaryProblem {
  token: string
  message: string
}

/**
 * A summary says nothing the entry's cited facts and body do not: every number, date and year in
 * it, every entry it names and every other capitalised name or acronym must be found there too.
 */
export function summaryProblems(entry: LoadedEntry, index: NameIndex, ignore: readonly string[] = []): SummaryProblem[] {
  const support = supportOf(entry, index)
  // Phrases that only look like names ("China.org.cn" is a site, not China) are not checked.
  const original = entry.meta.summary.normalize('NFC')
  const summary = blankSpans(original, ignore.flatMap((phrase) => wholeWordIndexes(original, phrase).map((start): [number, number] => [start, start + phrase.length])))
  const names = nameProblems(summary, entry.meta.id, support, index)
  // A number inside a name ("AMM 31") was judged with the name; letters, not spaces, stand in for
  // the name so that "ASEAN+1" still reads as a word with a digit attached.
  return [...numberProblems(blankSpans(summary, names.spans, 'x'), support), ...names.problems]
}

interface Support {
  /** Body as read, fact labels and values, and every name of every linked entry. */
  text: string
  linked: ReadonlySet<string>
  years: Set<string>
  months: Set<string>
  dates: Set<string>
  dayMonths: Set<string>
  numbers: Set<string>
}

function supportOf(entry: LoadedEntry, index: NameIndex): Support {
  const linked = new Set(entry.parsedBody.links.map((link) => link.to))
  const support: Support = {
    text: '',
    linked,
    years: new Set(),
    months: new Set(),
    dates: new Set(),
    dayMonths: new Set(),
    numbers: new Set(),
  }
  const texts: string[] = []
  const read = (text: string) => {
    texts.push(text)
    const mentions = mentionsIn(text, null)
    mentions.years.forEach((year) => support.years.add(year))
    mentions.months.forEach((month) => support.months.add(month))
    mentions.dates.forEach((date) => addIso(support, date))
    mentions.numbers.forEach((number) => support.numbers.add(number))
    for (const [, day = '', month = ''] of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g)) {
      support.dayMonths.add(`${Number(day)}/${Number(month)}`)
    }
    for (const [, first = '', last = '', month = ''] of text.matchAll(/(\d{1,2}) ?(?:-|–|đến) ?(\d{1,2})\/(\d{1,2})/g)) {
      support.dayMonths.add(`${Number(first)}/${Number(month)}`).add(`${Number(last)}/${Number(month)}`)
    }
  }
  // Each paragraph on its own, so a day without a year takes its year from its own paragraph.
  for (const block of entry.body.split(/\n\s*\n/)) read(linkText(block, index.titleOf).replace(/\[@[^\]]+\]/g, ''))
  for (const fact of entry.meta.facts) {
    read(fact.label)
    for (const value of [fact.value, fact.asOf]) {
      if (value === undefined) continue
      if (factValueKind(value) === 'text') read(value)
      else addIso(support, value)
    }
  }
  for (const id of linked) texts.push(...(index.namesOf.get(id) ?? []))
  support.text = texts.join('\n')
  return support
}

function addIso(support: Support, value: string): void {
  const [year = '', month, day] = value.split('-')
  support.years.add(year)
  support.numbers.add(year)
  if (month) {
    support.months.add(`${year}-${month}`)
    support.numbers.add(String(Number(month)))
  }
  if (month && day) {
    support.dates.add(value)
    support.dayMonths.add(`${Number(day)}/${Number(month)}`)
    support.numbers.add(String(Number(day)))
  }
}

const pad = (value: string) => value.padStart(2, '0')

/** Each pattern reads one way of writing a date or number; earlier patterns win over later ones. */
const NUMERIC_PATTERNS: { pattern: RegExp; claims(match: RegExpMatchArray): { kind: string; check(support: Support): boolean }[] }[] = [
  {
    pattern: /(\d{1,2}) ?(?:–|-|đến) ?(\d{1,2})\/(\d{1,2})\/(\d{4})/g,
    claims: ([, first = '', last = '', month = '', year = '']) =>
      [first, last].map((day) => ({ kind: 'ngày', check: (support) => support.dates.has(`${year}-${pad(month)}-${pad(day)}`) })),
  },
  {
    pattern: /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})|(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    claims: ([, d1, m1, y1, d2 = '', m2 = '', y2 = '']) => [
      { kind: 'ngày', check: (support) => support.dates.has(`${y1 ?? y2}-${pad(m1 ?? m2)}-${pad(d1 ?? d2)}`) },
    ],
  },
  {
    pattern: /tháng (\d{1,2})(?: năm |\/)(\d{4})|(?<![\d/])(\d{1,2})\/(\d{4})(?![\d/])/g,
    claims: ([, m1, y1, m2 = '', y2 = '']) => [{ kind: 'tháng', check: (support) => support.months.has(`${y1 ?? y2}-${pad(m1 ?? m2)}`) }],
  },
  {
    pattern: /(\d{1,2}) ?(?:–|-|đến) ?(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    claims: ([, first = '', last = '', month = '']) =>
      [first, last].map((day) => ({ kind: 'ngày', check: (support) => support.dayMonths.has(`${Number(day)}/${Number(month)}`) })),
  },
  {
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    claims: ([, day = '', month = '']) => [{ kind: 'ngày', check: (support) => support.dayMonths.has(`${Number(day)}/${Number(month)}`) }],
  },
  {
    // Digits inside a word ("Covid-19", "ASEAN+1") are part of a name, not a count.
    pattern: /(?<![\p{L}\p{N}][-+]?)\d+(?:[.,]\d+)*/gu,
    claims: ([raw = '']) => {
      const isYear = /^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) < 2200
      return [
        {
          kind: isYear ? 'năm' : 'số',
          check: (support) =>
            isYear
              ? support.years.has(raw)
              : support.numbers.has(raw) || support.numbers.has(raw.replace(/[.,]/g, '')) || support.numbers.has(String(Number(raw))),
        },
      ]
    },
  },
]

/** Numbers written as words; "năm" is left out, it more often means "year". */
const NUMBER_WORDS: readonly [string, string][] = [
  ['mười một', '11'],
  ['mười hai', '12'],
  ['mười', '10'],
  ['hai', '2'],
  ['ba', '3'],
  ['bốn', '4'],
  ['sáu', '6'],
  ['bảy', '7'],
  ['tám', '8'],
  ['chín', '9'],
]

function numberProblems(summary: string, support: Support): SummaryProblem[] {
  const problems: SummaryProblem[] = []
  const lower = summary.toLowerCase()
  const taken: [number, number][] = []
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a)
  for (const { pattern, claims } of NUMERIC_PATTERNS) {
    for (const match of lower.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (overlaps(start, end)) continue
      taken.push([start, end])
      const token = summary.slice(start, end)
      for (const claim of claims(match)) {
        if (!claim.check(support)) problems.push({ token, message: `${claim.kind} "${token}" không có trong dữ kiện hay nội dung của mục từ` })
      }
    }
  }
  const supportLower = support.text.toLowerCase()
  for (const [word, digits] of NUMBER_WORDS) {
    for (const start of wholeWordIndexes(lower, word)) {
      if (overlaps(start, start + word.length)) continue
      taken.push([start, start + word.length])
      if (support.numbers.has(digits) || containsWholeWord(supportLower, word)) continue
      problems.push({ token: word, message: `số "${word}" không có trong dữ kiện hay nội dung của mục từ` })
    }
  }
  return problems
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu
const CAPITALISED = /^\p{Lu}/u
const ACRONYM = /^[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*$/u
const SENTENCE_END = /[.!?:;(]\s*$/

function nameProblems(
  summary: string,
  ownId: string,
  support: Support,
  index: NameIndex,
): { problems: SummaryProblem[]; spans: [number, number][] } {
  const problems: SummaryProblem[] = []
  const claimed: [number, number][] = []
  const supportLower = support.text.toLowerCase()
  for (const { name, entryId } of index.names) {
    for (const start of wholeWordIndexes(summary, name)) {
      const end = start + name.length
      if (claimed.some(([a, b]) => start < b && end > a)) continue
      claimed.push([start, end])
      if (entryId === ownId || support.linked.has(entryId)) continue
      const named = (index.namesOf.get(entryId) ?? []).some((other) => containsWholeWord(supportLower, other.toLowerCase()))
      if (!named) problems.push({ token: name, message: `"${name}" (mục từ ${entryId}) không được nhắc đến trong dữ kiện hay nội dung của mục từ` })
    }
  }
  // What is left: capitalised names no entry holds ("Port Moresby") and acronyms ("USD"). A bar,
  // not a space, stands in for each entry found, so the words on either side never join one name.
  const rest = blankSpans(summary, claimed, '|')
  const words = [...rest.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index }))
  const runs: (typeof words)[] = []
  let run: typeof words = []
  words.forEach((word, position) => {
    const previous = words[position - 1]
    const adjacent = previous !== undefined && /^ +$/.test(rest.slice(previous.start + previous.text.length, word.start))
    if (!CAPITALISED.test(word.text)) {
      if (run.length) runs.push(run)
      run = []
      return
    }
    if (run.length && !adjacent) {
      runs.push(run)
      run = []
    }
    run.push(word)
  })
  if (run.length) runs.push(run)
  const found = (candidate: typeof words) => {
    const text = summary.slice(candidate[0]?.start ?? 0, (candidate.at(-1)?.start ?? 0) + (candidate.at(-1)?.text.length ?? 0))
    return { text, checked: candidate.length >= 2 || ACRONYM.test(text), supported: containsWholeWord(support.text, text) }
  }
  for (const candidate of runs) {
    const full = found(candidate)
    if (!full.checked || full.supported) continue
    const first = candidate[0]
    const startsSentence = first !== undefined && (first.start === 0 || SENTENCE_END.test(summary.slice(0, first.start)))
    // A capital that only starts the sentence is no name: judge the words after it.
    const judged = startsSentence ? found(candidate.slice(1)) : full
    if (!judged.checked || judged.supported) continue
    problems.push({ token: judged.text, message: `tên "${judged.text}" không có trong dữ kiện hay nội dung của mục từ` })
  }
  return { problems, spans: claimed }
}
