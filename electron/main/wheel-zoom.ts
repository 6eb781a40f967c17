import type { WebContents } from 'electron'

/** A trackpad sends a burst of zoom events for one gesture; one step per this many ms. */
export const WHEEL_ZOOM_STEP_MS = 150

export type ZoomStep = 'zoomIn' | 'zoomOut'

/**
 * Ctrl + mouse wheel (and a pinch) changes the remembered text size one step, as Ctrl+Plus and
 * Ctrl+Minus do; Electron itself does not zoom on the wheel, and Chromium's zoom would not be kept.
 */
export function zoomWithMouseWheel(contents: Pick<WebContents, 'on'>, step: (command: ZoomStep) => void, now: () => number = Date.now): void {
  let last = Number.NEGATIVE_INFINITY
  contents.on('zoom-changed', (_event, direction) => {
    const time = now()
    if (time - last < WHEEL_ZOOM_STEP_MS) return
    last = time
    step(direction === 'in' ? 'zoomIn' : 'zoomOut')
  })
}
