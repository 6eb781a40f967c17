import { useEffect } from 'react'
import { STRINGS } from '../../strings'
import { DisplayMenu } from './DisplayMenu'
import { watchSystemTheme } from './settings-store'

/** Back/forward and the display menu (theme, text size), in the header; Alt+←/Alt+→ also go back and forward. */
export function HeaderTools() {
  useEffect(() => watchSystemTheme(), [])
  useEffect(() => {
    // The desktop window has no browser chrome, so the app provides the usual shortcuts itself.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (event.key === 'ArrowLeft') {
        event.preventDefault()
        window.history.back()
      } else if (event.key === 'ArrowRight') {
        event.preventDefault()
        window.history.forward()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return (
    <div className="tools" role="group" aria-label={STRINGS.toolbar.label}>
      <div className="tools__group">
        <button type="button" className="tools__button" aria-label={STRINGS.toolbar.back} title={STRINGS.toolbar.back} onClick={() => window.history.back()}>
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className="tools__button" aria-label={STRINGS.toolbar.forward} title={STRINGS.toolbar.forward} onClick={() => window.history.forward()}>
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <DisplayMenu />
    </div>
  )
}
