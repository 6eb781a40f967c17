import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { useHistoryItems } from '../history/useHistory'
import type { HistoryItem } from '../history/history-store'
import { useLibrary } from '../library/useLibrary'

const SHOWN = 5

/** Where the reader left off: the last pages read and the entries kept, from the user's library. */
export function HomeReading() {
  const history = useHistoryItems().slice(0, SHOWN)
  // Both lists are kept newest first.
  const bookmarks = useLibrary().bookmarks.slice(0, SHOWN)
  return (
    <div className="home-reading">
      <section aria-labelledby="home-recent">
        <h2 id="home-recent" className="section-title">
          {STRINGS.home.reading.recent}
        </h2>
        {history.length === 0 ? (
          <p className="muted">{STRINGS.home.reading.recentEmpty}</p>
        ) : (
          <ul className="home-reading__list" data-list="recent">
            {history.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                <a href={historyHref(item)}>{item.title}</a>
              </li>
            ))}
          </ul>
        )}
        <p className="home-more">
          <a href={routeHref({ name: 'history' })}>{STRINGS.home.reading.allHistory} →</a>
        </p>
      </section>
      <section aria-labelledby="home-bookmarks">
        <h2 id="home-bookmarks" className="section-title">
          {STRINGS.home.reading.bookmarks}
        </h2>
        {bookmarks.length === 0 ? (
          <p className="muted">{STRINGS.home.reading.bookmarksEmpty}</p>
        ) : (
          <ul className="home-reading__list" data-list="bookmarks">
            {bookmarks.map((bookmark) => (
              <li key={bookmark.entryId}>
                <a href={routeHref({ name: 'entry', id: bookmark.entryId })}>{bookmark.title}</a>
              </li>
            ))}
          </ul>
        )}
        <p className="home-more">
          <a href={routeHref({ name: 'library' })}>{STRINGS.home.reading.library} →</a>
        </p>
      </section>
    </div>
  )
}

function historyHref(item: HistoryItem): string {
  return item.kind === 'entry' ? routeHref({ name: 'entry', id: item.id }) : routeHref({ name: 'source', id: item.id, paragraph: null })
}
