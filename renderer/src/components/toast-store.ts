/** One message at a time at the foot of the window, optionally with one action ("Hoàn tác"). */
export interface ToastMessage {
  id: number
  text: string
  action: { label: string; run: () => void } | null
}

type Listener = () => void

let current: ToastMessage | null = null
let nextId = 1
const listeners = new Set<Listener>()

export function showToast(text: string, action: ToastMessage['action'] = null): void {
  current = { id: nextId++, text, action }
  notify()
}

export function dismissToast(id: number): void {
  if (current?.id !== id) return
  current = null
  notify()
}

export function getToast(): ToastMessage | null {
  return current
}

export function subscribeToast(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function notify(): void {
  for (const listener of listeners) listener()
}
