import { useCallback } from 'react'
import { noteOf, setNote, setNoteOnSheet } from '../../../../data/core/library/notes'
import { STRINGS } from '../../strings'
import { changeLibrary, now } from './library-state'
import { useDraft } from './useDraft'
import { useLibrary } from './useLibrary'

/** The user's plain-text note on an entry, saved as they type, with a visible saved state. */
export function NoteBox({ entryId, title }: { entryId: string; title: string }) {
  const note = noteOf(useLibrary(), entryId)
  const commit = useCallback((text: string) => changeLibrary((library) => setNote(library, { entryId, title }, text, now())), [entryId, title])
  const draft = useDraft(note?.text ?? '', commit)
  const status = STRINGS.entryLibrary.status[draft.status]
  return (
    <section className="entry-section note-box" aria-labelledby="entry-note">
      <h2 id="entry-note" className="section-title">
        {STRINGS.entryLibrary.note}
      </h2>
      <textarea
        className="note-box__text"
        rows={5}
        maxLength={100_000}
        aria-labelledby="entry-note"
        aria-describedby="entry-note-hint"
        value={draft.value}
        onChange={(event) => draft.setValue(event.target.value)}
        onBlur={draft.flush}
      />
      <p id="entry-note-hint" className="note-box__hint">
        {STRINGS.entryLibrary.noteHint}
      </p>
      <div className="note-box__footer">
        <label className="note-box__sheet">
          <input
            type="checkbox"
            checked={note?.showOnSheet ?? false}
            disabled={!note}
            onChange={(event) => void changeLibrary((library) => setNoteOnSheet(library, entryId, event.target.checked, now()))}
          />{' '}
          {STRINGS.entryLibrary.noteOnSheet}
        </label>
        <span className="note-box__status" role="status" data-status={draft.status}>
          {status}
        </span>
      </div>
    </section>
  )
}
