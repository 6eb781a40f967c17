/**
 * Lets code outside the search box put the cursor in it: the desktop menu (Xem › Tìm kiếm) as
 * well as Ctrl+K and "/". The box subscribes while it is mounted.
 */
const listeners = new Set<() => void>()

/** Focuses the header search box and selects what is in it, ready to type over. */
export function focusSearchBox(): void {
  for (const listener of listeners) listener()
}

export function onSearchBoxFocusRequest(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
