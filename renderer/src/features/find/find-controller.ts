/**
 * Lets code outside the find bar open it: the app menu on the desktop (Edit → Find) and the
 * header button. The bar subscribes while it is mounted.
 */
const listeners = new Set<() => void>()

/** Opens the find bar and focuses its box, selecting what was last searched for. */
export function openFindInPage(): void {
  for (const listener of listeners) listener()
}

export function onFindInPageRequest(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
