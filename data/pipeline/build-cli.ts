import { relative } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import { buildPack } from './build-pack'
import { PipelineError, PipelineErrors } from './pipeline-error'
import { DATA_DIR, DEFAULT_PACK_PATH, PROJECT_ROOT } from './project-paths'

/** `npm run data:build`: validate everything, then write data/out/encyclopedia.sqlite atomically. */
async function main(): Promise<void> {
  const outPath = process.argv[2] ?? DEFAULT_PACK_PATH
  const built = await buildPack({ dataDir: DATA_DIR, displayRoot: PROJECT_ROOT })
  await writeFileAtomic(outPath, built.bytes)
  const paragraphs = built.sources.reduce(
    (sum, source) => sum + source.blocks.filter((block) => block.number !== null).length,
    0,
  )
  process.stdout.write(
    `Đã ghi ${relative(process.cwd(), outPath)}: ${built.sources.length} nguồn, ${paragraphs} đoạn, ` +
      `${built.entries.length} mục từ, ${built.entries.reduce((sum, entry) => sum + entry.facts.length, 0)} dữ kiện, ` +
      `${built.bytes.length} byte, nội dung ${built.contentHash.slice(0, 12)}\n`,
  )
}

main().catch((error: unknown) => {
  if (error instanceof PipelineErrors) {
    process.stderr.write(`Lỗi dữ liệu (${error.errors.length}):\n${error.errors.map((item) => `  ${item.message}`).join('\n')}\n`)
  } else if (error instanceof PipelineError) {
    process.stderr.write(`Lỗi dữ liệu: ${error.message}\n`)
  } else {
    process.stderr.write(`Không dựng được gói dữ liệu: ${error instanceof Error ? error.stack : String(error)}\n`)
  }
  process.exitCode = 1
})
