import '../../data/core/zod-without-eval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './styles/fonts.css'
import './styles/app.css'
import './styles/sources.css'
import './styles/header.css'
import './styles/home.css'
import './styles/economy.css'
import './styles/overview.css'
import './styles/search.css'
import './styles/library.css'
import './styles/packs.css'
import './styles/compare.css'
import './styles/print-preview.css'
import './styles/print-sheet.css'
import './styles/print-pack.css'
import './styles/print.css'
import { applySettings } from './features/settings/settings-store'
import { openLibrary, subscribeLibrary } from './features/library/library-state'

// The library (IndexedDB or the desktop's library.json) is read before the first render, so theme
// and text size are on <html> before any page paints; an import that replaces them applies too.
void openLibrary().then(() => {
  applySettings()
  subscribeLibrary(applySettings)
  const root = document.getElementById('root')
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  }
})
