import { useId, useState } from 'react'
import { errorMessage } from '../../components/error-message'
import { importLibrary, type ImportMode, type ImportSummary } from '../../../../data/core/library/library-import'
import type { ApiError } from '../../../../data/core/result'
import { getLibraryStore } from '../../platform/library-store'
import { STRINGS } from '../../strings'
import { changeLibrary, getLibrary } from './library-state'
import { ImportSummaryTable } from './ImportSummaryTable'

type Outcome =
  | { kind: 'exported'; location: string }
  | { kind: 'imported'; name: string; summary: ImportSummary }
  | { kind: 'failed'; error: ApiError }

/** Export the whole library to one JSON file, and import one (merge or replace, the user's choice). */
export function LibraryTransfer() {
  const [mode, setMode] = useState<ImportMode>('merge')
  const [busy, setBusy] = useState<'export' | 'import' | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const modeName = useId()

  async function exportLibrary() {
    setBusy('export')
    const result = await getLibraryStore().exportTo(getLibrary())
    setBusy(null)
    if (!result.ok) setOutcome({ kind: 'failed', error: result.error })
    else if (result.value) setOutcome({ kind: 'exported', location: result.value.location })
  }

  async function importFile() {
    setBusy('import')
    const picked = await getLibraryStore().importFrom()
    setBusy(null)
    if (!picked.ok) return setOutcome({ kind: 'failed', error: picked.error })
    if (!picked.value) return
    const { name, library: incoming } = picked.value
    const imported = importLibrary(getLibrary(), incoming, mode)
    if (!imported.ok) return setOutcome({ kind: 'failed', error: imported.error })
    await changeLibrary(() => imported.value.library)
    setOutcome({ kind: 'imported', name, summary: imported.value.summary })
  }

  return (
    <section className="library-section library-transfer" aria-labelledby="library-transfer">
      <h2 id="library-transfer" className="section-title">
        {STRINGS.library.transfer}
      </h2>
      <div className="library-transfer__columns">
        <div>
          <h3 className="library-transfer__heading">{STRINGS.library.exportHeading}</h3>
          <p className="muted">{STRINGS.library.exportIntro}</p>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void exportLibrary()}>
            {busy === 'export' ? STRINGS.library.exporting : STRINGS.library.exportButton}
          </button>
        </div>
        <div>
          <h3 className="library-transfer__heading">{STRINGS.library.importHeading}</h3>
          <p className="muted">{STRINGS.library.importIntro}</p>
          <fieldset className="library-transfer__modes">
            <legend>{STRINGS.library.importMode}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <label key={option} className="library-transfer__mode">
                <input type="radio" name={modeName} value={option} checked={mode === option} onChange={() => setMode(option)} />
                <span>
                  <strong>{STRINGS.library[option]}</strong>
                  <span className="library-transfer__hint">{STRINGS.library[option === 'merge' ? 'mergeHint' : 'replaceHint']}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void importFile()}>
            {busy === 'import' ? STRINGS.library.importing : STRINGS.library.importButton}
          </button>
        </div>
      </div>
      <div className="library-transfer__outcome" role="status">
        {outcome && <OutcomeView outcome={outcome} />}
      </div>
    </section>
  )
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  switch (outcome.kind) {
    case 'exported':
      return <p className="library-transfer__done">{STRINGS.library.exported(outcome.location)}</p>
    case 'imported':
      return (
        <>
          <p className="library-transfer__done">
            {outcome.summary.mode === 'merge' ? STRINGS.library.merged(outcome.name) : STRINGS.library.replaced(outcome.name)}
          </p>
          <ImportSummaryTable summary={outcome.summary} />
        </>
      )
    case 'failed': {
      const { title, advice } = errorMessage(outcome.error.code)
      return (
        <div className="library-transfer__failed" data-error-code={outcome.error.code}>
          <p>
            <strong>{title}.</strong> {advice}
          </p>
          <p className="library-transfer__detail">
            {STRINGS.library.errorDetail}: <code>{outcome.error.message}</code>
          </p>
        </div>
      )
    }
  }
}
