import type { InstallProgress } from './install-runner'
import { startMessages } from './messages'

/**
 * Shows the download's progress: on a terminal one line rewritten in place every tick; in a log
 * (CI, a pipe) a new line when the phase changes and at most every `logEveryMs` while downloading.
 */

export interface TextOutput {
  isTTY: boolean
  write: (text: string) => void
}

export interface ProgressPrinter {
  show: (progress: InstallProgress) => void
  /** Ends a line left open on a terminal, before any other message. */
  end: () => void
}

export function createProgressPrinter(
  version: string,
  output: TextOutput,
  logEveryMs = 2000,
  now = Date.now,
): ProgressPrinter {
  let lineOpen = false
  let lastPhase: InstallProgress['phase'] | null = null
  let lastLoggedAt = 0

  const text = (progress: InstallProgress): string => {
    if (progress.phase === 'waiting') return startMessages.waiting(version)
    if (progress.phase === 'downloading') return startMessages.downloading(version, progress.bytes)
    return startMessages.finishing(version, progress.bytes)
  }

  return {
    show(progress) {
      const phaseChanged = progress.phase !== lastPhase
      lastPhase = progress.phase
      if (output.isTTY) {
        // \r and erase-to-end-of-line: the size grows in place instead of scrolling the terminal.
        if (phaseChanged && lineOpen) output.write('\n')
        output.write(`\r${text(progress)}\x1b[K`)
        lineOpen = true
        return
      }
      if (!phaseChanged && now() - lastLoggedAt < logEveryMs) return
      lastLoggedAt = now()
      output.write(`${text(progress)}\n`)
    },
    end() {
      if (lineOpen) output.write('\n')
      lineOpen = false
    },
  }
}
