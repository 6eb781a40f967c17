import { addBookmark } from '../../data/core/library/bookmarks'
import { addEntryToPack } from '../../data/core/library/briefing-pack-entries'
import { createPack } from '../../data/core/library/briefing-packs'
import { recordVisit } from '../../data/core/library/history'
import { createEmptyLibrary, type LibraryDocument } from '../../data/core/library/library-schema'
import { setNote } from '../../data/core/library/notes'
import { at } from './library'

const NOTE_SENTENCE = 'Nghị quyết ệ ử ỗ. '
/** The note stops growing just under the library's 100 000-character limit for a note. */
const NOTE_REPEATS_MAX = Math.floor(99_000 / NOTE_SENTENCE.length)

/**
 * The library a writer saves as its n-th state: it grows with n (a long Vietnamese note, n
 * bookmarks, a pack), so saves take long enough for a kill to land in the middle of one.
 */
export function libraryGeneration(n: number): LibraryDocument {
  let library = createEmptyLibrary()
  for (let index = 1; index <= n; index += 1) {
    library = addBookmark(library, { entryId: `entry-${index}`, title: `Mục từ số ${index}` }, at(index))
  }
  const repeats = Math.min(n * 40, NOTE_REPEATS_MAX)
  library = setNote(library, { entryId: 'growing', title: 'Ghi chú dài dần' }, `Lần lưu thứ ${n}. ${NOTE_SENTENCE.repeat(repeats)}`, at(n))
  library = recordVisit(library, { kind: 'entry', id: `entry-${n}`, title: `Mục từ số ${n}` }, at(n))
  library = createPack(library, { id: 'pack-kill', title: `Gói lần ${n}` }, at(n))
  return addEntryToPack(library, 'pack-kill', { entryId: `entry-${n}`, title: `Mục từ số ${n}` }, at(n))
}

/** Which generation a saved library is (0 for an empty one). */
export function generationOf(library: LibraryDocument): number {
  return library.bookmarks.length
}
