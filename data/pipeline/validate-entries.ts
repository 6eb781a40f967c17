import type { EntryType } from '../core/entry-types'
import { checkDisputedClaims, type DisputedClaim } from './disputed-claims'
import { citedSentences } from './entry-text'
import { factValueKind, mentionsIn, valueIsMentioned } from './fact-values'
import type { LoadedEntry } from './load-entries'
import { checkVariantFile, knownVariants, variantMessage, variantsIn, type NameVariantsFile } from './name-variants'
import { PipelineError, PipelineErrors } from './pipeline-error'
import { citationProblem, referenceDisagreement, uncitedEditorialFacts, type References } from './reference-checks'
import type { ReferenceData } from './reference-data'
import { buildNameIndex, summaryProblems, type NameIndex } from './summary-support'

interface Context extends References {
  entries: readonly LoadedEntry[]
  /** Seed claims the editorial reference contradicts (data/entries/disputed-claims.yaml). */
  claims: readonly DisputedClaim[]
  /** Spellings prose must not use (data/entries/name-variants.yaml), and where that table lives. */
  variants: { file: NameVariantsFile; path: string }
}

/**
 * Cross-file checks that keep the encyclopedia trustworthy: links and relations resolve, every
 * citation names a real paragraph, dated and numeric facts are stated in the paragraph they cite,
 * reference facts agree with the reference, names are unambiguous and each type has what it needs.
 * Three editorial rules on top: a seed's disputed claim never stands without its source and the
 * reference fact beside it; a summary says nothing the facts and body do not; prose writes each
 * name one way. Throws every problem at once.
 */
export function validateEntries(context: Context): void {
  const errors: PipelineError[] = []
  const report = (entry: LoadedEntry, path: (string | number)[], message: string, line?: number) => {
    errors.push(new PipelineError(entry.file, line ?? entry.lineOf(path), path.length ? path.join('.') : null, message))
  }
  const ids = new Map<string, LoadedEntry>()
  for (const entry of context.entries) {
    const expected = `${entry.meta.type}/${entry.meta.id}.md`
    if (!entry.file.endsWith(expected)) report(entry, ['id'], `tệp phải nằm ở data/entries/${expected}`)
    const earlier = ids.get(entry.meta.id)
    if (earlier) report(entry, ['id'], `trùng id "${entry.meta.id}" với ${earlier.file}`)
    else ids.set(entry.meta.id, entry)
  }
  checkNames(context.entries, report)
  errors.push(...checkVariantFile(context.variants.file, context.entries, context.variants.path))
  const names = buildNameIndex(context.entries)
  const variants = knownVariants(context.entries, context.variants.file)
  const titles = context.entries.map((entry) => entry.meta.title).sort((a, b) => b.length - a.length)
  for (const entry of context.entries) {
    checkLinks(entry, ids, report)
    checkCitations(entry, context, report)
    checkFacts(entry, context, report)
    checkRequired(entry, context.reference, report)
    checkDatedRoles(entry, report)
    checkEditorialRules(entry, context, names, report)
    checkSpellings(entry, variants, { titles, ignore: context.variants.file.ignore }, report)
  }
  for (const { entry, message } of uncitedEditorialFacts(context.entries, context.editorial)) report(entry, [], message, entry.bodyLine)
  if (errors.length > 0) throw new PipelineErrors(errors)
}

type Report = (entry: LoadedEntry, path: (string | number)[], message: string, line?: number) => void

/** A title or alias must lead to one entry only, or search and links become ambiguous. */
function checkNames(entries: readonly LoadedEntry[], report: Report): void {
  const owners = new Map<string, LoadedEntry>()
  for (const entry of entries) {
    const names: [string, (string | number)[]][] = [
      [entry.meta.title, ['title']],
      ...entry.meta.aliases.map((alias, index): [string, (string | number)[]] => [alias, ['aliases', index]]),
      ...entry.meta.searchNames.map((name, index): [string, (string | number)[]] => [name, ['searchNames', index]]),
    ]
    const own = new Set<string>()
    for (const [name, path] of names) {
      const key = name.normalize('NFC').toLowerCase()
      if (own.has(key)) {
        report(entry, path, `tên "${name}" lặp lại trong cùng mục từ`)
        continue
      }
      own.add(key)
      const owner = owners.get(key)
      if (owner) report(entry, path, `tên "${name}" đã thuộc về mục từ "${owner.meta.id}" (${owner.file})`)
      else owners.set(key, entry)
    }
  }
}

function checkLinks(entry: LoadedEntry, ids: ReadonlyMap<string, LoadedEntry>, report: Report): void {
  for (const link of entry.parsedBody.links) {
    if (!ids.has(link.to)) report(entry, [], `liên kết [[${link.to}]] trỏ đến mục từ không tồn tại`, link.line)
  }
  entry.meta.relations.forEach((relation, index) => {
    if (!ids.has(relation.to)) report(entry, ['relations', index, 'to'], `quan hệ ${relation.kind} trỏ đến mục từ không tồn tại "${relation.to}"`)
    if (relation.to === entry.meta.id) report(entry, ['relations', index, 'to'], 'mục từ không thể có quan hệ với chính nó')
  })
  for (const problem of entry.parsedBody.problems) report(entry, [], problem.message, problem.line)
}

/** Rules 1 and 4 of the editorial pass: disputed claims stand beside their reference; summaries say only what is cited. */
function checkEditorialRules(entry: LoadedEntry, context: Context, names: NameIndex, report: Report): void {
  const { blocks, sentences } = citedSentences(entry.body, entry.bodyLine, names.titleOf)
  checkDisputedClaims(
    entry,
    sentences,
    blocks.map((block) => block.citations),
    context.claims,
    (path, message, line) => report(entry, path, message, line),
  )
  for (const problem of summaryProblems(entry, names, context.variants.file.ignore)) report(entry, ['summary'], problem.message)
}

/** Rule 5: one name for one thing, in every field a reader sees as our prose. */
function checkSpellings(
  entry: LoadedEntry,
  variants: ReturnType<typeof knownVariants>,
  masks: { titles: readonly string[]; ignore: readonly string[] },
  report: Report,
): void {
  const fields: [string, (string | number)[]][] = [
    [entry.meta.title, ['title']],
    [entry.meta.summary, ['summary']],
    ...entry.meta.facts.flatMap((fact, index): [string, (string | number)[]][] => [
      [fact.label, ['facts', index, 'label']],
      [fact.value, ['facts', index, 'value']],
    ]),
  ]
  for (const [text, path] of fields) {
    const ownTitle = path[0] === 'title' ? entry.meta.title : undefined
    for (const use of variantsIn(text, variants, { ...masks, ...(ownTitle ? { ownTitle } : {}) })) report(entry, path, variantMessage(use))
  }
  for (const use of variantsIn(entry.body, variants, masks)) report(entry, [], variantMessage(use), entry.bodyLine + use.lineOffset)
}

function checkCitations(entry: LoadedEntry, context: Context, report: Report): void {
  for (const citation of entry.parsedBody.citations) {
    const problem = citationProblem(context, citation.sourceId, citation.paragraph)
    if (problem) report(entry, [], problem, citation.line)
  }
}

export function splitCitation(source: string): { sourceId: string; paragraph: number | null } {
  if (source.startsWith('ref:')) return { sourceId: source.slice(4), paragraph: null }
  const [sourceId = '', paragraph = ''] = source.split('#')
  return { sourceId, paragraph: Number(paragraph) }
}

function checkFacts(entry: LoadedEntry, context: Context, report: Report): void {
  entry.meta.facts.forEach((fact, index) => {
    const path = ['facts', index]
    const { sourceId, paragraph } = splitCitation(fact.source)
    const problem = citationProblem(context, sourceId, paragraph)
    if (problem) {
      report(entry, [...path, 'source'], problem)
      return
    }
    if (fact.asOf !== undefined && factValueKind(fact.asOf) === 'text' ) {
      report(entry, [...path, 'asOf'], `"as of" phải là năm, tháng hoặc ngày (1989, 1989-11, 2020-11-16), không phải "${fact.asOf}"`)
    }
    const kind = factValueKind(fact.value)
    if (paragraph === null) {
      const disagreement = referenceDisagreement(entry, fact.key, fact.value, kind, sourceId, context)
      if (disagreement) report(entry, [...path, 'value'], disagreement)
      return
    }
    const source = context.sources.get(sourceId)
    const block = source?.blocks.find((candidate) => candidate.number === paragraph)
    if (!source || !block) return
    const sourceYear = source.meta.date.value?.slice(0, 4) ?? null
    if (!valueIsMentioned(fact.value, kind, mentionsIn(block.text, sourceYear))) {
      report(entry, [...path, 'value'], `giá trị "${fact.value}" không có trong ${sourceId} đoạn ${paragraph}`)
    }
  })
}

/** "khi đó (1993)", "tính đến 11/2017": a role is true as of its source, not today. */
const DATED = /khi đó|lúc đó|tính đến|thời điểm/i

/** A person's roles are stated as of their source's date, in the fact box and in the summary. */
function checkDatedRoles(entry: LoadedEntry, report: Report): void {
  if (entry.meta.type !== 'person') return
  entry.meta.facts.forEach((fact, index) => {
    if (fact.key === 'role' && fact.asOf === undefined) report(entry, ['facts', index, 'asOf'], 'chức vụ cần "asOf": thời điểm nguồn nói về chức vụ ấy')
  })
  if (!DATED.test(entry.meta.summary)) {
    report(entry, ['summary'], 'tóm tắt nêu chức vụ theo thời điểm của nguồn ("khi đó", "tính đến 11/2017"), không như chức vụ hiện nay')
  }
}

function checkRequired(entry: LoadedEntry, reference: ReferenceData, report: Report): void {
  const { meta } = entry
  const hasFact = (key: string) => meta.facts.some((fact) => fact.key === key)
  const hasRelation = (kind: string, to?: string) =>
    meta.relations.some((relation) => relation.kind === kind && (to === undefined || relation.to === to))
  const need: Partial<Record<EntryType, () => string | null>> = {
    economy: () => {
      if (!meta.facts.some((fact) => fact.key === 'joined' && fact.source.startsWith('ref:'))) return 'nền kinh tế cần dữ kiện "joined" trích từ nguồn tham khảo'
      if (!hasRelation('member-of', 'apec')) return 'nền kinh tế cần quan hệ member-of: apec'
      const years = reference.hosts.filter((host) => host.economy === meta.id).map((host) => String(host.year))
      const missing = years.filter((year) => !meta.facts.some((fact) => fact.key === 'hosted' && fact.value === year))
      return missing.length ? `thiếu dữ kiện "hosted" cho các năm đăng cai: ${missing.join(', ')}` : null
    },
    body: () => (hasRelation('part-of') ? null : 'cơ quan cần quan hệ part-of'),
    meeting: () => (hasFact('date') ? null : 'hội nghị/sự kiện cần dữ kiện "date"'),
    person: () => (hasFact('role') ? null : 'nhân vật cần dữ kiện "role"'),
    organisation: () => (meta.facts.length > 0 ? null : 'tổ chức cần ít nhất một dữ kiện'),
    agreement: () => (meta.facts.length > 0 ? null : 'hiệp định/sáng kiến cần ít nhất một dữ kiện'),
    term: () => (meta.names.en || meta.names.zh ? null : 'thuật ngữ cần tên tiếng Anh hoặc tiếng Trung (names.en / names.zh)'),
  }
  const problem = need[meta.type]?.()
  if (problem) report(entry, ['type'], problem)
}
