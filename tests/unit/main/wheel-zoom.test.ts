import { EventEmitter } from 'node:events'
import type { WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { WHEEL_ZOOM_STEP_MS, zoomWithMouseWheel, type ZoomStep } from '../../../electron/main/wheel-zoom'

function wheelPage() {
  const contents = new EventEmitter()
  const steps: ZoomStep[] = []
  let clock = 1_000
  zoomWithMouseWheel(contents as unknown as Pick<WebContents, 'on'>, (command) => steps.push(command), () => clock)
  return {
    steps,
    wheel(direction: 'in' | 'out', afterMs = WHEEL_ZOOM_STEP_MS) {
      clock += afterMs
      contents.emit('zoom-changed', {}, direction)
    },
  }
}

describe('Ctrl + mouse wheel', () => {
  it('steps the text size up and down, as Ctrl+Plus and Ctrl+Minus do', () => {
    const page = wheelPage()
    page.wheel('in')
    page.wheel('in')
    page.wheel('out')
    expect(page.steps).toEqual(['zoomIn', 'zoomIn', 'zoomOut'])
  })

  it("takes a trackpad's burst of events for one gesture as one step", () => {
    const page = wheelPage()
    for (let event = 0; event < 10; event += 1) page.wheel('in', 10)
    expect(page.steps).toEqual(['zoomIn'])
    page.wheel('out', WHEEL_ZOOM_STEP_MS)
    expect(page.steps).toEqual(['zoomIn', 'zoomOut'])
  })
})
