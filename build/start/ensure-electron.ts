import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { DownloadLimits } from './download-watch'
import { gatherElectronFacts } from './electron-binary-facts'
import { decideElectronBinary } from './electron-binary-state'
import { runElectronInstaller } from './install-runner'
import {
  brokenReasonText,
  explicitUnusableMessage,
  installFailureMessage,
  startMessages,
  stillMissingMessage,
} from './messages'
import { createProgressPrinter, type TextOutput } from './progress-printer'

/**
 * Makes sure the Electron binary is there before anything long runs: decide, install through
 * Electron's own installer when needed, then decide again from what is on disk.
 */

/** No network ends in ~30 s; a download that keeps moving is never cut, however slow. */
export const DEFAULT_LIMITS: DownloadLimits = { firstByteMs: 30_000, stallMs: 30_000 }

export interface EnsureOptions {
  electronDir: string
  env: Record<string, string | undefined>
  limits: DownloadLimits
  tickMs: number
  output: TextOutput
}

export type EnsureOutcome = { ok: true; executablePath: string } | { ok: false; message: string }

export async function ensureElectron(options: EnsureOptions): Promise<EnsureOutcome> {
  const { electronDir, env, output } = options
  const facts = gatherElectronFacts(electronDir, env)
  const version = facts.expectedVersion
  const before = decideElectronBinary(facts)

  if (before.kind === 'present') {
    if (before.source !== 'installed')
      output.write(`${startMessages.usingExplicit(before.source, before.executablePath)}\n`)
    return { ok: true, executablePath: before.executablePath }
  }
  if (before.kind === 'explicit-unusable')
    return { ok: false, message: explicitUnusableMessage(version, before) }

  output.write(
    before.kind === 'broken'
      ? `${startMessages.repairing(version, brokenReasonText(before.reason).vi)}\n`
      : `${startMessages.firstDownload(version)}\n`,
  )
  // A half-extracted or unusable dist/ must go: install.js only checks that a file exists, and a
  // leftover dist/ would hide the start of extraction from the download watch.
  rmSync(join(electronDir, 'dist'), { recursive: true, force: true })
  rmSync(join(electronDir, 'path.txt'), { force: true })

  const printer = createProgressPrinter(version, output)
  const outcome = await runElectronInstaller({
    electronDir,
    env,
    limits: options.limits,
    tickMs: options.tickMs,
    onProgress: printer.show,
  })
  printer.end()
  if (!outcome.ok) return { ok: false, message: installFailureMessage(version, outcome.failure) }

  const after = decideElectronBinary(gatherElectronFacts(electronDir, env))
  if (after.kind !== 'present') {
    // Explicit variables were settled before installing; the branch is there for the type only.
    return {
      ok: false,
      message:
        after.kind === 'explicit-unusable'
          ? explicitUnusableMessage(version, after)
          : stillMissingMessage(version, after),
    }
  }
  output.write(`${startMessages.installed(version)}\n`)
  return { ok: true, executablePath: after.executablePath }
}
