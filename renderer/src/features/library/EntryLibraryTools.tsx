import { STRINGS } from '../../strings'
import { AddToPackButton } from '../packs/AddToPackButton'
import { BookmarkToggle } from './BookmarkToggle'

/** Under an entry's title: bookmark it, or add it to a briefing pack. */
export function EntryLibraryTools({ entryId, title }: { entryId: string; title: string }) {
  return (
    <div className="entry-tools" role="group" aria-label={STRINGS.entryLibrary.tools}>
      <BookmarkToggle entryId={entryId} title={title} />
      <AddToPackButton entryId={entryId} title={title} answersMenu />
    </div>
  )
}
