import { isFigureKey } from '../../core/economy/indicators'
import type { LoadedEntry } from '../load-entries'
import { PipelineError, PipelineErrors } from '../pipeline-error'

/**
 * The Factbook's keys (population, exports, capital...) belong to its figures: the entry page and
 * the sheet show facts of those keys as figures, so an entry's own fact may not use one.
 */
export function refuseFigureKeys(entries: readonly LoadedEntry[]): void {
  const errors = entries.flatMap((entry) =>
    entry.meta.facts.flatMap((fact, index) =>
      isFigureKey(fact.key)
        ? [
            new PipelineError(
              entry.file,
              entry.lineOf(['facts', index, 'key']),
              `facts.${index}.key`,
              `khóa "${fact.key}" dành cho số liệu World Factbook (data/reference/factbook-2026-01/); chọn khóa khác`,
            ),
          ]
        : [],
    ),
  )
  if (errors.length > 0) throw new PipelineErrors(errors)
}
