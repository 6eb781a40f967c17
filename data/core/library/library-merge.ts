import { idRecord } from './id-records'
import { HISTORY_LIMIT, type LibraryDocument, type LibrarySettings } from './library-schema'

/**
 * Brings together two libraries edited from the same saved revision `base`: `mine` (a save that
 * arrives late) and `theirs` (what another tab, window or import saved first). Nothing either side
 * added or edited is lost. Item by item — a bookmark or a note by its entry, a pack by its id, a
 * history line by its page:
 * - changed on one side only: that side's version, whether an addition, an edit or a removal;
 * - changed on both sides: the newer edit (updatedAt, addedAt, visitedAt), mine on a tie;
 * - removed on one side, edited on the other: the edit stays.
 * With `base` unknown (null) no removal can be told from an item the other side never had, so
 * everything both sides hold is kept, the newer edit of each. Display settings: per setting, mine
 * if I changed it since `base`, otherwise theirs.
 */
export function mergeLibraries(base: LibraryDocument | null, mine: LibraryDocument, theirs: LibraryDocument): LibraryDocument {
  const bookmarks = mergeItems(
    base && byKey(base.bookmarks, (bookmark) => bookmark.entryId),
    byKey(mine.bookmarks, (bookmark) => bookmark.entryId),
    byKey(theirs.bookmarks, (bookmark) => bookmark.entryId),
    (bookmark) => bookmark.addedAt,
  )
  const notes = mergeItems(
    base && new Map(Object.entries(base.notes)),
    new Map(Object.entries(mine.notes)),
    new Map(Object.entries(theirs.notes)),
    (note) => note.updatedAt,
  )
  const packs = mergeItems(
    base && byKey(base.briefingPacks, (pack) => pack.id),
    byKey(mine.briefingPacks, (pack) => pack.id),
    byKey(theirs.briefingPacks, (pack) => pack.id),
    (pack) => pack.updatedAt,
  )
  const visitKey = (item: LibraryDocument['history'][number]) => `${item.kind}:${item.id}`
  const history = mergeItems(
    base && byKey(base.history, visitKey),
    byKey(mine.history, visitKey),
    byKey(theirs.history, visitKey),
    (item) => item.visitedAt,
  )
  return {
    ...mine,
    bookmarks: newestFirst([...bookmarks.values()], (bookmark) => bookmark.addedAt),
    notes: idRecord(notes),
    history: newestFirst([...history.values()], (item) => item.visitedAt).slice(0, HISTORY_LIMIT),
    briefingPacks: mergeOrder(
      mine.briefingPacks.map((pack) => pack.id),
      theirs.briefingPacks.map((pack) => pack.id),
      packs,
    ),
    settings: mergeSettings(base?.settings ?? null, mine.settings, theirs.settings),
  }
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]))
}

function mergeItems<T>(base: Map<string, T> | null, mine: Map<string, T>, theirs: Map<string, T>, time: (item: T) => string): Map<string, T> {
  const merged = new Map<string, T>()
  for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
    const chosen = chooseItem(base && { value: base.get(key) }, mine.get(key), theirs.get(key), time)
    if (chosen !== undefined) merged.set(key, chosen)
  }
  return merged
}

/** `base` null: unknown; `{ value: undefined }`: known not to have been there. */
function chooseItem<T>(base: { value: T | undefined } | null, mine: T | undefined, theirs: T | undefined, time: (item: T) => string): T | undefined {
  if (sameValue(mine, theirs)) return mine
  if (base) {
    if (sameValue(mine, base.value)) return theirs
    if (sameValue(theirs, base.value)) return mine
  }
  if (mine === undefined) return theirs
  if (theirs === undefined) return mine
  return Date.parse(time(theirs)) > Date.parse(time(mine)) ? theirs : mine
}

/** Mine's order; an item only theirs has goes right after the item it follows in theirs (or first). */
function mergeOrder<T>(mineOrder: readonly string[], theirsOrder: readonly string[], items: Map<string, T>): T[] {
  const order = mineOrder.filter((id) => items.has(id))
  theirsOrder.forEach((id, index) => {
    if (!items.has(id) || order.includes(id)) return
    let before = index - 1
    while (before >= 0 && !order.includes(theirsOrder[before] ?? '')) before -= 1
    const at = before < 0 ? 0 : order.indexOf(theirsOrder[before] ?? '') + 1
    order.splice(at, 0, id)
  })
  return order.flatMap((id) => {
    const item = items.get(id)
    return item === undefined ? [] : [item]
  })
}

function mergeSettings(base: LibrarySettings | null, mine: LibrarySettings, theirs: LibrarySettings): LibrarySettings {
  if (!base) return mine
  return {
    theme: mine.theme !== base.theme ? mine.theme : theirs.theme,
    zoom: mine.zoom !== base.zoom ? mine.zoom : theirs.zoom,
    printPreset: mine.printPreset !== base.printPreset ? mine.printPreset : theirs.printPreset,
  }
}

/** Newest first; equal times keep their order. */
export function newestFirst<T>(items: T[], time: (item: T) => string): T[] {
  return items
    .map((item, order) => ({ item, order, at: Date.parse(time(item)) }))
    .sort((a, b) => b.at - a.at || a.order - b.order)
    .map(({ item }) => item)
}

/** Deep equality of JSON values, whatever the key order or prototype of their objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}
