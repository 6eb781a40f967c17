import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createStaticServer, listen } from './static-server'

/**
 * `npm run web [-- --pack FILE]`: builds the web edition if it is missing, then serves it on
 * 127.0.0.1, with FILE in place of the shipped pack when given.
 */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const webDir = join(projectRoot, 'out', 'web')

if (!existsSync(join(webDir, 'index.html')) || !existsSync(join(webDir, 'pack', 'encyclopedia.sqlite'))) {
  process.stdout.write('Chưa có bản web: đang dựng (npm run build:web)…\n')
  execFileSync('npm', ['run', '-s', 'build:web'], { cwd: projectRoot, stdio: 'inherit' })
}

const packArgument = process.argv.indexOf('--pack')
const packFile = packArgument >= 0 ? process.argv[packArgument + 1] : undefined
if (packArgument >= 0 && (packFile === undefined || !existsSync(packFile))) {
  process.stderr.write(`Không tìm thấy tệp gói dữ liệu: ${packFile ?? '(thiếu đường dẫn sau --pack)'}\n`)
  process.exit(2)
}
const aliases: Record<string, string> = packFile ? { '/pack/encyclopedia.sqlite': resolve(packFile) } : {}

const requestedPort = Number(process.env.PORT ?? 5180)
listen(createStaticServer(webDir, aliases), Number.isInteger(requestedPort) ? requestedPort : 5180).then(
  (port) => process.stdout.write(`Bách khoa APEC (bản web) đang chạy tại http://127.0.0.1:${port}/\nNhấn Ctrl+C để dừng.\n`),
  (error: unknown) => {
    process.stderr.write(`Không mở được cổng ${requestedPort}: ${String(error)}\n`)
    process.exitCode = 1
  },
)
