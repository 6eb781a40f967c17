import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import type { RunningServer } from './web-edition'

/** Debian's nginx, as an office would run it; `.ci/run` installs it with apt. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const SHIPPED_CONFIG = join(PROJECT_ROOT, 'build', 'web', 'nginx.conf')
const SHIPPED_LISTEN = 'listen 80;'
const SHIPPED_ROOT = 'root /var/www/bach-khoa-apec;'

/**
 * Serves `root` with the shipped build/web/nginx.conf, changed only where an administrator
 * changes it (listen, root), from a prefix of its own in a temp folder: no system config, no
 * port 80, no log under /var/log. The server block is the file as shipped.
 */
export async function startNginx(root: string): Promise<RunningServer> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`${NGINX_PATH} not found: the browser suite runs against nginx (Debian: apt-get install nginx; .ci/run installs it)`)
  }
  const shipped = await readFile(SHIPPED_CONFIG, 'utf8')
  if (!shipped.includes(SHIPPED_LISTEN) || !shipped.includes(SHIPPED_ROOT)) {
    throw new Error(`${SHIPPED_CONFIG} no longer has "${SHIPPED_LISTEN}" and "${SHIPPED_ROOT}" for the tests to replace`)
  }
  const prefix = await mkdtemp(join(tmpdir(), 'apec-nginx-'))
  // A port another process takes between our probe and nginx's bind fails the start: try again.
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort()
    await writeFile(join(prefix, 'site.conf'), shipped.replace(SHIPPED_LISTEN, `listen 127.0.0.1:${port};`).replace(SHIPPED_ROOT, `root "${root}";`))
    await writeFile(join(prefix, 'nginx.conf'), mainConfig(prefix))
    const child = spawn(NGINX_PATH, ['-e', join(prefix, 'error.log'), '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const origin = `http://127.0.0.1:${port}`
    if (await answers(origin, child)) {
      return {
        origin,
        async close() {
          const exited = new Promise((resolve) => child.once('exit', resolve))
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
          await exited
          await rm(prefix, { recursive: true, force: true })
        },
      }
    }
    const log = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '')
    if (attempt >= 3 || !`${stderr}${log}`.includes('Address already in use')) {
      throw new Error(`nginx did not start: ${stderr}${log}`)
    }
  }
}

/**
 * The main config around the shipped server block. As root (CI), workers would run as "nobody",
 * which cannot read a checkout under /root; they run as the user who starts the tests.
 */
function mainConfig(prefix: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path "${join(prefix, name)}";`)
  return [
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid "${join(prefix, 'nginx.pid')}";`,
    `error_log "${join(prefix, 'error.log')}" warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    '  sendfile on;',
    ...temp,
    `  include "${join(prefix, 'site.conf')}";`,
    '}',
    '',
  ].join('\n')
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Waits until nginx answers, or until it exits (a bad config, a taken port). */
async function answers(origin: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false
    try {
      if ((await fetch(`${origin}/`, { method: 'HEAD' })).ok) return true
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  return false
}
