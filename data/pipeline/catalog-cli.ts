import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { EncyclopediaApi } from '../core/api-contract'
import { ERROR_MESSAGES_VI } from '../core/error-messages'
import type { ApiError } from '../core/result'
import { parseCliArguments, CLI_USAGE } from './catalog-cli-arguments'
import { openPackFileApi } from './checked-packs-file'
import { runCommand, searchInput, type SearchCommand } from './cli-commands'
import { humanText } from './cli-human-output'
import { searchForCli } from './cli-json-output'
import { FolderPackError } from './folder-inputs'
import { DEFAULT_PACK_PATH } from './project-paths'

/** Exit statuses scripts can rely on. */
const EXIT = { ok: 0, usage: 2, pack: 3, notFound: 4, other: 1 } as const

/** What a person types to ask how the tool is used: the usage on stdout, and success. */
const HELP = new Set(['--help', '-h', 'help'])

async function main(argv: string[]): Promise<number> {
  if (argv.some((argument) => HELP.has(argument))) {
    process.stdout.write(CLI_USAGE)
    return EXIT.ok
  }
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
  process.stdout.write(json ? `${JSON.stringify(result.value.json)}\n` : humanText(result.value))
  return EXIT.ok
}

function reportError(error: ApiError): number {
  const { title, advice } = ERROR_MESSAGES_VI[error.code]
  process.stderr.write(`Lỗi (${error.code}): ${title}. ${advice}\nChi tiết: ${error.message}\n`)
  if (error.code === 'not-found') return EXIT.notFound
  return error.code.startsWith('pack-') ? EXIT.pack : EXIT.other
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
