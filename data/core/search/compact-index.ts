import { foldedWords } from './phrase'
import { stringColumn, type StringColumn } from './string-column'
import type { PostingLists } from './postings'
import { KIND_ENTRY, type StoredFields } from './stored-fields'

/**
 * A loaded index, ready to answer. Opaque to callers: only the search modules look inside.
 * Suggestions read the same posting lists as search, in the name fields only, and group passages
 * by source as search does, so a source is one suggestion: no second index is kept for them.
 */
export interface SearchIndex extends PostingLists {
  readonly stored: StoredFields
  /** Entry titles and aliases, for whole-name matches: worked out on first use. */
  entryNames(): EntryNames
}

export interface EntryNames {
  /** Titles and aliases as folded words ("apec", "hoa ky"), sorted. */
  names: StringColumn
  /** The entry each name belongs to. */
  docs: Uint32Array
}

export function compactIndex(lists: PostingLists, stored: StoredFields): SearchIndex {
  let names: EntryNames | undefined
  return {
    ...lists,
    stored,
    entryNames() {
      if (names === undefined) {
        const found = entryNames(stored)
        names = { names: stringColumn(found.map(([name]) => name)), docs: Uint32Array.from(found, ([, doc]) => doc) }
      }
      return names
    },
  }
}

function entryNames(stored: StoredFields): [string, number][] {
  const names: [string, number][] = []
  if (stored.entryCount === 0) return names
  const kinds = stored.kinds
  for (let doc = 0; doc < stored.count; doc++) {
    if (kinds[doc] !== KIND_ENTRY) continue
    const seen = new Set<string>()
    for (const name of [stored.title(doc), ...stored.aliasList(doc)]) {
      const folded = foldedWords(name)
      if (folded === '' || seen.has(folded)) continue
      seen.add(folded)
      names.push([folded, doc])
    }
  }
  return names.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x - y))
}
