import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { Answer, EncyclopediaApi, EntryDocument, QuestionAnswer, SearchInput, SearchResults } from '../core/api-contract'
import { ERROR_MESSAGES_VI } from '../core/error-messages'
import { fail, type ApiError, type Result } from '../core/result'
import { parseCliArguments, CLI_USAGE, type CliCommand } from './catalog-cli-arguments'
import { openPackFileApi } from './checked-packs-file'
import { FolderPackError } from './folder-inputs'
import { DEFAULT_PACK_PATH } from './project-paths'

/** Exit statuses scripts can rely on. */
const EXIT = { ok: 0, usage: 2, pack: 3, notFound: 4, other: 1 } as const

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArguments(argv)
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${CLI_USAGE}`)
    return EXIT.usage
  }
  const { command, packPath, json } = parsed.value
  if (command.name === 'build-pack') return buildPackFromFolder(command.from, command.out, json)
  // An unusable pack ends the run here, before any input is read: a script sees exit 3 at once.
  const api = await openPackFileApi(packPath ?? DEFAULT_PACK_PATH)
  if (!api.ok) return reportError(api.error)
  if (command.name === 'search' && command.stdin) return searchLines(api.value, command)
  if (command.name === 'export') {
    // Loaded only for an export: the Word writer and Chromium's driver are not a search's start-up cost.
    const { runExport } = await import('./export-command')
    const exported = await runExport(api.value, command, resolve(packPath ?? DEFAULT_PACK_PATH), new Date())
    if (!exported.ok) return reportError(exported.error)
    const { out, format, bytes } = exported.value
    process.stdout.write(json ? `${JSON.stringify(exported.value)}\n` : `Đã xuất ${out} (${format === 'docx' ? 'Word' : 'PDF'}, ${bytes} byte).\n`)
    return EXIT.ok
  }
  const result = await runCommand(api.value, command)
  if (!result.ok) return reportError(result.error)
  process.stdout.write(json ? `${JSON.stringify(result.value)}\n` : formatHuman(command, result.value))
  return EXIT.ok
}

function reportError(error: ApiError): number {
  const { title, advice } = ERROR_MESSAGES_VI[error.code]
  process.stderr.write(`Lỗi (${error.code}): ${title}. ${advice}\nChi tiết: ${error.message}\n`)
  if (error.code === 'not-found') return EXIT.notFound
  return error.code.startsWith('pack-') ? EXIT.pack : EXIT.other
}

async function runCommand(api: EncyclopediaApi, command: CliCommand): Promise<Result<unknown>> {
  switch (command.name) {
    case 'stats': {
      const info = await api.getPackInfo()
      if (!info.ok) return info
      const { sources, paragraphs, entries, facts } = info.value.counts
      return { ok: true, value: { schemaVersion: info.value.schemaVersion, sources, paragraphs, entries, facts } }
    }
    case 'sources': {
      const sources = await api.listSources()
      if (!sources.ok) return sources
      return {
        ok: true,
        value: sources.value.map(({ id, title, publisher, date, paragraphs }) => ({
          id,
          title,
          publisher,
          date: date.value,
          paragraphs,
        })),
      }
    }
    case 'source':
      return api.getSource({ id: command.id })
    case 'entries': {
      const entries = await api.listEntries(command.type ? { type: command.type } : {})
      if (!entries.ok) return entries
      return { ok: true, value: entries.value.map(({ id, type, title }) => ({ id, type, title })) }
    }
    case 'search': {
      const found = await api.search(searchInput(command, command.query ?? ''))
      return found.ok ? { ok: true, value: searchForCli(found.value) } : found
    }
    case 'suggest': {
      const found = await api.suggest({ prefix: command.prefix, ...(command.limit ? { limit: command.limit } : {}) })
      return found.ok ? { ok: true, value: { suggestions: found.value.map(({ id, title }) => ({ id, title })) } } : found
    }
    case 'compare':
      return api.getComparison({ group: command.group })
    case 'entry': {
      const entry = await api.getEntry({ id: command.id })
      return entry.ok ? { ok: true, value: entryForCli(entry.value) } : entry
    }
    default:
      return fail('invalid-input', 'unknown command')
  }
}

type SearchCommand = Extract<CliCommand, { name: 'search' }>

function searchInput(command: SearchCommand, query: string): SearchInput {
  return { query, ...(command.type ? { type: command.type } : {}), ...(command.limit ? { limit: command.limit } : {}) }
}

/**
 * The CLI's stable shape of search results: entries first, then source documents, each as its
 * best passage with the source's other matching passages under it; and the fact that answers a
 * question ("Trả lời nhanh"), an array when the entry holds several (host years) or the sources
 * disagree (each claim then has `disputed: true`), null when no fact answers.
 */
function searchForCli(results: SearchResults) {
  return {
    query: results.query,
    answer: answerForCli(results.answer),
    counts: results.counts,
    hits: [...results.entries, ...results.passages].map((hit) => ({
      kind: hit.kind,
      id: hit.id,
      title: hit.title,
      type: hit.type,
      source: hit.sourceId,
      paragraph: hit.paragraph,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: hit.snippet.text,
      highlights: hit.snippet.highlights,
      otherPassageCount: hit.otherPassageCount,
      otherPassages: hit.otherPassages.map((other) => ({
        paragraph: other.paragraph,
        snippet: other.snippet.text,
        highlights: other.snippet.highlights,
      })),
    })),
  }
}

function answerForCli(answer: QuestionAnswer) {
  const claim = (one: Answer) => ({
    kind: one.kind,
    entryId: one.entryId,
    factKey: one.factKey,
    label: one.label,
    value: one.value,
    asOf: one.asOf,
    citation: one.citation === null ? null : { source: one.citation.sourceId, paragraph: one.citation.paragraph },
    disputed: one.disputed,
  })
  if (answer === null) return null
  return Array.isArray(answer) ? answer.map(claim) : claim(answer)
}

/** `search --stdin`: one query per input line, one JSON line out per query, in one process. */
async function searchLines(api: EncyclopediaApi, command: SearchCommand): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) {
    const started = performance.now()
    const found = await api.search(searchInput(command, line))
    const tookMs = Math.round((performance.now() - started) * 1000) / 1000
    const value = found.ok ? searchForCli(found.value) : { query: line, error: found.error }
    process.stdout.write(`${JSON.stringify({ ...value, tookMs })}\n`)
  }
  return EXIT.ok
}

/** `build-pack --from DIR --out FILE`: skipped files are warnings on stderr, each with its reason, then counted. */
async function buildPackFromFolder(from: string, out: string, json: boolean): Promise<number> {
  try {
    // Loaded only to build: the pack writer and its index builder are not a search's start-up cost.
    const { buildFolderPack } = await import('./folder-pack')
    const summary = await buildFolderPack(from, out)
    for (const name of summary.removedTemporaries) {
      process.stderr.write(`Đã xóa tệp tạm "${name}" do một lần dựng gói bị dừng giữa chừng để lại.\n`)
    }
    for (const warning of summary.warnings) process.stderr.write(`Cảnh báo: ${warning}\n`)
    const { sources, paragraphs, bytes } = summary
    const skipped = summary.warnings.length
    process.stdout.write(
      json
        ? `${JSON.stringify({ out, sources, paragraphs, bytes, skipped })}\n`
        : `Đã tạo gói ${out}: ${sources} tài liệu, ${paragraphs} đoạn, ${bytes} byte.` +
            `${skipped > 0 ? ` Bỏ qua ${skipped} tệp (lý do ở trên).` : ''}\n`,
    )
    return EXIT.ok
  } catch (error) {
    if (!(error instanceof FolderPackError)) throw error
    process.stderr.write(`Lỗi: ${error.message}\n`)
    return EXIT.other
  }
}

/** The CLI's stable shape of an entry: facts with their citation, relations both ways. */
function entryForCli(entry: EntryDocument) {
  return {
    id: entry.id,
    type: entry.type,
    title: entry.title,
    names: { en: entry.nameEn, zh: entry.nameZh },
    aliases: entry.aliases,
    summary: entry.summary,
    facts: entry.facts.map((fact) => ({
      key: fact.key,
      label: fact.label,
      value: fact.value,
      asOf: fact.asOf,
      citation: { source: fact.citation.sourceId, paragraph: fact.citation.paragraph, reference: fact.citation.sourceKind === 'reference' },
      ...(fact.quantity ? { quantity: fact.quantity } : {}),
      ...(fact.note ? { note: fact.note } : {}),
      ...(fact.link ? { link: fact.link.id } : {}),
    })),
    relations: entry.relations.flatMap((group) =>
      group.entries.map((related) => ({ kind: group.kind, direction: group.direction, id: related.id, title: related.title })),
    ),
    backlinks: entry.backlinks.map(({ id, title }) => ({ id, title })),
  }
}

function formatHuman(command: CliCommand, value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`.replace(/^/, command.name === 'stats' ? 'Thống kê gói dữ liệu:\n' : '')
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  // The reader gets one sentence, not a stack trace; CATALOG_DEBUG=1 shows the stack to a developer.
  (error: unknown) => {
    const detail = error instanceof Error ? (process.env.CATALOG_DEBUG === '1' ? error.stack : error.message) : String(error)
    process.stderr.write(`Lỗi ngoài dự kiến, lệnh đã dừng: ${detail}\n`)
    process.exitCode = EXIT.other
  },
)
