import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../../data/pipeline/project-paths'

/** Every TypeScript file of main and the preload: the only code that could reach the network from Node. */
async function desktopSources(): Promise<{ path: string; text: string }[]> {
  const files = await readdir(join(PROJECT_ROOT, 'electron'), { recursive: true })
  const sources = files.filter((file) => file.endsWith('.ts'))
  return Promise.all(
    sources.map(async (file) => {
      const path = join(PROJECT_ROOT, 'electron', file)
      return { path: relative(PROJECT_ROOT, path), text: await readFile(path, 'utf8') }
    }),
  )
}

describe('offline guarantee: no updater, no telemetry', () => {
  it('main and the preload contain no updater, crash reporter, network module or web address', async () => {
    const sources = await desktopSources()
    expect(sources.length).toBeGreaterThan(10)
    const forbidden = [/autoUpdater/, /setFeedURL/, /crashReporter/, /\bnet\.(request|fetch)\b/, /\bfetch\(/, /https?:\/\//, /\bfrom 'node:(http|https|net|dgram|tls)'/]
    const found = sources.flatMap(({ path, text }) => forbidden.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern}`))
    expect(found).toEqual([])
  })

  it('ships no updater, analytics or crash-reporting package', async () => {
    const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    const shipped = Object.keys(manifest.dependencies ?? {})
    expect(shipped.filter((name) => /updat|sentry|analytics|telemetry|crash|bugsnag|posthog|segment|mixpanel/i.test(name))).toEqual([])
  })
})
