import type { EntryType } from '../core/entry-types'
import { factValueKind, mentionsIn, valueIsMentioned } from './fact-values'
import type { LoadedEntry } from './load-entries'
import type { LoadedSource } from './load-sources'
import { PipelineError, PipelineErrors } from './pipeline-error'
import { recordsOf, type ReferenceData } from './reference-data'

interface Context {
  entries: readonly LoadedEntry[]
  sources: ReadonlyMap<string, LoadedSource>
  reference: ReferenceData
}

/**
 * Cross-file checks that keep the encyclopedia trustworthy: links and relations resolve, every
 * citation names a real paragraph, dated and numeric facts are stated in the paragraph they cite,
 * reference facts agree with the reference, names are unambiguous and each type has what it needs.
 * Throws every problem at once.
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
  for (const entry of context.entries) {
    checkLinks(entry, ids, report)
    checkCitations(entry, context, report)
    checkFacts(entry, context, report)
    checkRequired(entry, context.reference, report)
  }
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

function citationProblem(context: Context, sourceId: string, paragraph: number | null): string | null {
  if (paragraph === null) {
    return context.reference.sources.some((source) => source.id === sourceId)
      ? null
      : `không có nguồn tham khảo "ref:${sourceId}" trong data/reference/apec-reference.json`
  }
  const source = context.sources.get(sourceId)
  if (!source) return `không có tài liệu nguồn "${sourceId}"`
  const count = source.blocks.filter((block) => block.number !== null).length
  return paragraph <= count ? null : `tài liệu "${sourceId}" chỉ có ${count} đoạn, không có đoạn ${paragraph}`
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
      const disagreement = referenceDisagreement(entry, fact.key, fact.value, kind, sourceId, context.reference)
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

/** A fact cited to the reference file must say what the reference says. */
function referenceDisagreement(
  entry: LoadedEntry,
  key: string,
  value: string,
  kind: ReturnType<typeof factValueKind>,
  sourceId: string,
  reference: ReferenceData,
): string | null {
  const records = recordsOf(reference, sourceId)
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
  // Text facts are our Vietnamese wording of the reference; only dates and numbers are checked.
  return null
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
