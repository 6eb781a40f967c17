import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './styles/fonts.css'
import './styles/app.css'
import './styles/overview.css'
import './styles/search.css'
import './styles/print-preview.css'
import './styles/print-sheet.css'
import './styles/print-pack.css'
import './styles/print.css'
import { applySettings } from './features/settings/settings-store'

// Theme and text size go on <html> before the first paint, so a dark-mode user never sees a white flash.
applySettings()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
