import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packFileProblem, parseServeWebArguments, SERVE_WEB_USAGE } from './serve-web-options'
import { createStaticServer, listen } from './static-server'

/**
 * `npm run web [-- --pack FILE]`: builds the web edition if it is missing, then serves it on
 * 127.0.0.1, with FILE in place of the shipped pack when given. Exit statuses as the catalog
 * CLI's: 2 the command line is wrong, 3 the pack cannot be used, 1 the port cannot be opened.
 */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const webDir = join(projectRoot, 'out', 'web')

async function main(): Promise<void> {
  const parsed = parseServeWebArguments(process.argv.slice(2))
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${SERVE_WEB_USAGE}`)
    process.exit(2)
  }
  // Checked before anything is built or served: a wrong --pack never falls back to the shipped pack.
  const packFile = parsed.packFile === null ? null : resolve(parsed.packFile)
  const problem = packFile === null ? null : await packFileProblem(packFile)
  if (problem !== null) {
    process.stderr.write(`${problem}\n`)
    process.exit(3)
  }

  if (!existsSync(join(webDir, 'index.html')) || !existsSync(join(webDir, 'pack', 'encyclopedia.sqlite'))) {
    process.stdout.write('Chưa có bản web: đang dựng (npm run build:web)…\n')
    execFileSync('npm', ['run', '-s', 'build:web'], { cwd: projectRoot, stdio: 'inherit' })
  }

  const aliases: Record<string, string> = packFile === null ? {} : { '/pack/encyclopedia.sqlite': packFile }
  const requestedPort = Number(process.env.PORT ?? 5180)
  const port = Number.isInteger(requestedPort) ? requestedPort : 5180
  try {
    const actualPort = await listen(createStaticServer(webDir, aliases), port)
    const serving = packFile === null ? '' : `Gói dữ liệu: ${packFile}\n`
    process.stdout.write(`Bách khoa APEC (bản web) đang chạy tại http://127.0.0.1:${actualPort}/\n${serving}Nhấn Ctrl+C để dừng.\n`)
  } catch (error) {
    process.stderr.write(`Không mở được cổng ${port}: ${String(error)}\n`)
    process.exitCode = 1
  }
}

void main()
