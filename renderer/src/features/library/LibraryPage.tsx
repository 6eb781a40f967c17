import { removeBookmark } from '../../../../data/core/library/bookmarks'
import type { LibraryDocument } from '../../../../data/core/library/library-schema'
import { routeHref } from '../../routing/routes'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { EntryReference } from './EntryReference'
import { changeLibrary } from './library-state'
import { LibraryTransfer } from './LibraryTransfer'
import { useEntryIndex } from './useEntryIndex'
import { useLibrary } from './useLibrary'

const TIME_FORMAT = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' })
const NOTE_EXCERPT = 240

type EntryIndex = ReturnType<typeof useEntryIndex>

/** #/library: everything the user keeps, and export/import of all of it. */
export function LibraryPage() {
  usePageTitle(STRINGS.library.heading)
  const library = useLibrary()
  const index = useEntryIndex()
  return (
    <article className="page library-page">
      <h1 className="page__title">{STRINGS.library.heading}</h1>
      <p className="page__lead">{STRINGS.library.intro}</p>
      <div className="library-page__grid">
        <Bookmarks library={library} index={index} />
        <Notes library={library} index={index} />
        <Packs library={library} />
        <section className="library-section" aria-labelledby="library-history">
          <h2 id="library-history" className="section-title">
            {STRINGS.library.history}
          </h2>
          <p>
            <a href={routeHref({ name: 'history' })}>{STRINGS.library.historyCount(library.history.length)}</a>
          </p>
        </section>
      </div>
      <LibraryTransfer />
    </article>
  )
}

function Bookmarks({ library, index }: { library: LibraryDocument; index: EntryIndex }) {
  return (
    <section className="library-section" aria-labelledby="library-bookmarks">
      <h2 id="library-bookmarks" className="section-title">
        {STRINGS.library.bookmarks} <span className="library-section__count">{library.bookmarks.length}</span>
      </h2>
      {library.bookmarks.length === 0 ? (
        <p className="muted">{STRINGS.library.bookmarksEmpty}</p>
      ) : (
        <ul className="library-list">
          {library.bookmarks.map((bookmark) => (
            <li key={bookmark.entryId} className="library-list__item" data-entry-id={bookmark.entryId}>
              <EntryReference entryId={bookmark.entryId} title={bookmark.title} index={index} />
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={STRINGS.library.removeBookmark(bookmark.title)}
                onClick={() => void changeLibrary((current) => removeBookmark(current, bookmark.entryId))}
              >
                {STRINGS.library.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Notes({ library, index }: { library: LibraryDocument; index: EntryIndex }) {
  const notes = Object.entries(library.notes).sort(([, a], [, b]) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
  return (
    <section className="library-section" aria-labelledby="library-notes">
      <h2 id="library-notes" className="section-title">
        {STRINGS.library.notes} <span className="library-section__count">{notes.length}</span>
      </h2>
      {notes.length === 0 ? (
        <p className="muted">{STRINGS.library.notesEmpty}</p>
      ) : (
        <ul className="library-list library-list--notes">
          {notes.map(([entryId, note]) => (
            <li key={entryId} className="library-note" data-entry-id={entryId}>
              <p className="library-note__title">
                <EntryReference entryId={entryId} title={note.title} index={index} />
              </p>
              <p className="library-note__text">{note.text.length > NOTE_EXCERPT ? `${note.text.slice(0, NOTE_EXCERPT)}…` : note.text}</p>
              <p className="library-note__meta">
                <time dateTime={note.updatedAt}>{STRINGS.library.editedAt(TIME_FORMAT.format(new Date(note.updatedAt)))}</time>
                {note.showOnSheet && <span> · {STRINGS.library.noteOnSheet}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Packs({ library }: { library: LibraryDocument }) {
  return (
    <section className="library-section" aria-labelledby="library-packs">
      <h2 id="library-packs" className="section-title">
        {STRINGS.library.packs} <span className="library-section__count">{library.briefingPacks.length}</span>
      </h2>
      {library.briefingPacks.length === 0 ? (
        <p className="muted">{STRINGS.library.packsEmpty}</p>
      ) : (
        <ul className="library-list">
          {library.briefingPacks.map((pack) => (
            <li key={pack.id} className="library-list__item">
              <a href={routeHref({ name: 'pack', id: pack.id })}>{pack.title || STRINGS.packs.untitled}</a>
              <span className="muted">{STRINGS.packs.entryCount(pack.entryIds.length)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={routeHref({ name: 'packs' })}>{STRINGS.library.allPacks} →</a>
      </p>
    </section>
  )
}
