import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_LIMITS, ensureElectron } from './ensure-electron'

/**
 * `npm start` (electron-vite preview) and `npm run dev` (electron-vite dev), after start.mjs has
 * checked Node. Electron comes first, so a machine that cannot get it is told within seconds,
 * not after the data and desktop builds.
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const projectRequire = createRequire(join(projectRoot, 'package.json'))

export interface StartArguments {
  mode: 'preview' | 'dev'
  /** node_modules/electron by default; tests point it at a copy so the real one is never written. */
  electronDir: string | null
}

export function parseStartArguments(args: readonly string[]): StartArguments | { error: string } {
  let mode: StartArguments['mode'] | null = null
  let electronDir: string | null = null
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    if (arg === 'preview' || arg === 'dev') mode = arg
    else if (arg.startsWith('--electron-dir=')) electronDir = arg.slice('--electron-dir='.length)
    else if (arg === '--electron-dir' && args[index + 1]) electronDir = args[++index] ?? null
    else
      return {
        error: `Tham số không hợp lệ: ${arg} (dùng: preview | dev [--electron-dir THƯ_MỤC])`,
      }
  }
  if (!mode) return { error: 'Thiếu chế độ chạy: preview hoặc dev.' }
  return { mode, electronDir: electronDir ? resolve(electronDir) : null }
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done) => {
    // npm on Windows is npm.cmd, which only a shell can start.
    const shell = command === 'npm' && process.platform === 'win32'
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: 'inherit', shell })
    child.once('error', (error) => {
      process.stderr.write(`Không chạy được ${command}: ${error.message}\n`)
      done(1)
    })
    child.once('close', (code) => done(code ?? 1))
  })
}

/** `npm run -s data:build` through the npm that started us, so package.json stays the one recipe. */
function npmRun(script: string): Promise<number> {
  const npmCli = process.env.npm_execpath
  if (npmCli && /\.c?js$/.test(npmCli))
    return run(process.execPath, [npmCli, 'run', '-s', script], process.env)
  return run('npm', ['run', '-s', script], process.env)
}

export async function runStart(args: readonly string[]): Promise<number> {
  const parsed = parseStartArguments(args)
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`)
    return 2
  }
  const electronDir = parsed.electronDir ?? dirname(projectRequire.resolve('electron/package.json'))
  const electron = await ensureElectron({
    electronDir,
    env: process.env,
    limits: DEFAULT_LIMITS,
    tickMs: 1000,
    output: { isTTY: process.stdout.isTTY === true, write: (text) => process.stdout.write(text) },
  })
  if (!electron.ok) {
    process.stderr.write(`${electron.message}\n`)
    return 1
  }

  const built = await npmRun('data:build')
  if (built !== 0) return built
  const electronVite = join(
    dirname(projectRequire.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  )
  // electron-vite reads node_modules/electron/path.txt unless ELECTRON_EXEC_PATH names the binary:
  // naming it is how ELECTRON_OVERRIDE_DIST_PATH reaches electron-vite at all.
  return run(process.execPath, [electronVite, parsed.mode], {
    ...process.env,
    ELECTRON_EXEC_PATH: electron.executablePath,
  })
}
