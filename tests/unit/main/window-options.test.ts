import { describe, expect, it } from 'vitest'
import { secureWindowOptions } from '../../../electron/main/window-options'

describe('secureWindowOptions', () => {
  it.each([true, false])('hardens the window (packaged: %s)', (packaged) => {
    const options = secureWindowOptions('/app/out/preload/index.js', packaged)
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    })
    // Shown on ready-to-show, so the user never sees a blank white window.
    expect(options.show).toBe(false)
    expect(options.title).toBe('Bách khoa APEC')
  })

  it('turns the spell checker off in the page, so no dictionary is ever downloaded', () => {
    expect(secureWindowOptions('/p.js', true).webPreferences?.spellcheck).toBe(false)
  })

  it('turns devtools off in the packaged app and leaves them on in development', () => {
    expect(secureWindowOptions('/p.js', true).webPreferences?.devTools).toBe(false)
    expect(secureWindowOptions('/p.js', false).webPreferences?.devTools).toBe(true)
  })
})
