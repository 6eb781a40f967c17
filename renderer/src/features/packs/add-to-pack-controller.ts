/**
 * Lets the desktop menu (Gói tài liệu › Thêm mục từ này vào gói...) open the chooser of the entry
 * on screen. Only the entry page's chooser subscribes, not the ones beside each search result.
 */
const listeners = new Set<() => void>()

/** Opens the chooser of the entry page on screen; false when no entry page is showing. */
export function openAddToPackChooser(): boolean {
  for (const listener of listeners) listener()
  return listeners.size > 0
}

export function onAddToPackRequest(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
