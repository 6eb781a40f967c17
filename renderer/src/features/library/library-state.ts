import type { LibraryNotice } from '../../../../data/core/library/library-contract'
import { mergeLibraries } from '../../../../data/core/library/library-merge'
import { createEmptyLibrary, type LibraryDocument } from '../../../../data/core/library/library-schema'
import { fail, ok, type ApiError, type Result } from '../../../../data/core/result'
import { forgetUnsaved, journalUnsaved, readUnsavedOfOtherPages } from '../../platform/library-journal'
import { getLibraryStore } from '../../platform/library-store'
import { onLibrarySavedElsewhere } from '../../platform/web/library-broadcast'
import { migrateLegacyStorage } from './legacy-storage'

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed'

export interface LibraryState {
  library: LibraryDocument
  /** Said once the library is open: the saved copy was unreadable and what was done about it. */
  notice: LibraryNotice | null
  /** The saved library could not be read: changes stay in this window and are never saved over it. */
  loadError: ApiError | null
  /** A newer version of the app wrote the saved library: nothing is saved until the app is updated. */
  readOnly: boolean
  saveStatus: SaveStatus
  saveError: ApiError | null
}

type Listener = () => void

let state: LibraryState = { library: createEmptyLibrary(), notice: null, loadError: null, readOnly: false, saveStatus: 'idle', saveError: null }
const listeners = new Set<Listener>()
let saving: Promise<unknown> = Promise.resolve()
let queued: Promise<Result<null>> | null = null
/** The store's revision this window's library was last loaded or saved at, and that library. */
let saved = { revision: 0, library: state.library }

/**
 * Reads the saved library before the first render, so theme and text size apply at once. What an
 * earlier page left unsaved (it was reloaded or closed while a save was under way) is saved now.
 */
export async function openLibrary(): Promise<void> {
  // Listening starts first: a tab that saves while this one is still loading is not missed.
  if (__APP_PLATFORM__ === 'web') onLibrarySavedElsewhere(() => void reloadSavedElsewhere())
  const loaded = await getLibraryStore().load()
  if (!loaded.ok) {
    setState({ loadError: loaded.error })
    return
  }
  const { library, revision, notice, readOnly } = loaded.value
  saved = { revision, library }
  const unsaved = readOnly ? [] : readUnsavedOfOtherPages()
  // Edited from this very revision: the journal is the whole truth. From an older one: merged, nothing dropped.
  const replayed = unsaved.reduce((current, entry) => mergeLibraries(entry.baseRevision === revision ? library : null, entry.library, current), library)
  const migrated = migrateLegacyStorage(replayed)
  setState({ library: migrated.library, notice, readOnly })
  if (migrated.changed || unsaved.length > 0) {
    const result = await persist()
    if (result.ok) {
      migrated.forget()
      forgetUnsaved(unsaved.map((entry) => entry.key))
    }
  }
}

/**
 * Another tab saved: take its library, so our next save builds on it. While a save of ours is
 * under way we keep ours; it is the newer one, and the other tab reloads it in turn. Changes here
 * that are not saved (a save failed) are merged in, never dropped.
 */
async function reloadSavedElsewhere(): Promise<void> {
  if (saveUnderWay() || state.loadError) return
  const loaded = await getLibraryStore().load()
  if (!loaded.ok || saveUnderWay()) return
  const { library, revision } = loaded.value
  const base = saved.library
  saved = { revision, library }
  setState({ library: state.library === base ? library : mergeLibraries(base, state.library, library) })
}

function saveUnderWay(): boolean {
  return queued !== null || state.saveStatus === 'saving'
}

export function getLibraryState(): LibraryState {
  return state
}

export function getLibrary(): LibraryDocument {
  return state.library
}

export function subscribeLibrary(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Applies a pure library operation and saves the result. Resolves once a save that includes this
 * change has finished (or failed), so a caller can show "Đã lưu" honestly. The change is in the
 * journal before this returns, so a page closed right after keeps it.
 */
export function changeLibrary(change: (library: LibraryDocument) => LibraryDocument): Promise<Result<null>> {
  const next = change(state.library)
  if (next === state.library) return queued ?? Promise.resolve(ok(null))
  setState({ library: next })
  if (!state.readOnly && !state.loadError) journalUnsaved(saved.revision, next)
  return persist()
}

/** Tries the save again after a failure: it writes the whole library as it is now. */
export function saveAgain(): Promise<Result<null>> {
  return persist()
}

export function dismissNotice(): void {
  setState({ notice: null })
}

/** The ISO time stamped on every change. */
export function now(): string {
  return new Date().toISOString()
}

/**
 * One save at a time; changes made while a save runs are gathered into the next one, which
 * writes whatever the library is when it starts. Nothing is saved over a library that could not
 * be read, or over a newer version's.
 */
function persist(): Promise<Result<null>> {
  if (state.loadError) return Promise.resolve(fail('library-read-failed', state.loadError.message))
  if (state.readOnly) {
    const error: ApiError = { code: 'library-read-only', message: 'the saved library was written by a newer version of the app' }
    setState({ saveStatus: 'failed', saveError: error })
    return Promise.resolve({ ok: false, error })
  }
  if (queued) return queued
  setState({ saveStatus: 'saving' })
  const run = saving.then(async (): Promise<Result<null>> => {
    queued = null
    const sent = state.library
    const result = await getLibraryStore().save({ library: sent, baseRevision: saved.revision })
    if (!result.ok) {
      // A tab of a newer version saved meanwhile: from now on this one is read-only too, and says why.
      const newer = result.error.code === 'library-read-only' && !state.readOnly
      setState({
        saveStatus: 'failed',
        saveError: result.error,
        ...(newer && { readOnly: true, notice: { kind: 'newer-version', setAsideAs: null, problem: `library-read-only: ${result.error.message}` } }),
      })
      return result
    }
    const { revision, merged } = result.value
    saved = { revision, library: merged ?? sent }
    // Another tab or window saved first: show what it added, keeping what was changed here meanwhile.
    if (merged) setState({ library: state.library === sent ? merged : mergeLibraries(sent, state.library, merged) })
    if (state.library === saved.library) forgetUnsaved()
    else journalUnsaved(saved.revision, state.library)
    setState({ saveStatus: queued ? 'saving' : 'saved', saveError: null })
    return ok(null)
  })
  queued = run
  saving = run
  return run
}

function setState(change: Partial<LibraryState>): void {
  state = { ...state, ...change }
  for (const listener of listeners) listener()
}
