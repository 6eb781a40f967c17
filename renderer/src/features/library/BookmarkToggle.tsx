import { addBookmark, isBookmarked, removeBookmark } from '../../../../data/core/library/bookmarks'
import { STRINGS } from '../../strings'
import { changeLibrary, now } from './library-state'
import { useLibrary } from './useLibrary'

/** A toggle button: its name stays "Đánh dấu", aria-pressed and the star say whether it is on. */
export function BookmarkToggle({ entryId, title }: { entryId: string; title: string }) {
  const marked = isBookmarked(useLibrary(), entryId)
  const toggle = () =>
    void changeLibrary((library) => (marked ? removeBookmark(library, entryId) : addBookmark(library, { entryId, title }, now())))
  return (
    <button type="button" className="button button--quiet bookmark-toggle" aria-pressed={marked} onClick={toggle}>
      <span className="bookmark-toggle__star" aria-hidden="true">
        {marked ? '★' : '☆'}
      </span>{' '}
      {STRINGS.entryLibrary.bookmark}
    </button>
  )
}
