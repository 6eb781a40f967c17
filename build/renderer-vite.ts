import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { WEB_META_CONTENT_SECURITY_POLICY } from '../data/core/content-security-policy'
import { DESKTOP_META_CONTENT_SECURITY_POLICY } from '../electron/main/app-url'

/** The renderer's Vite settings, shared by the desktop build and the web edition. */
export function rendererViteConfig(platform: 'electron' | 'web'): UserConfig {
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), injectContentSecurityPolicy(platform === 'electron' ? DESKTOP_META_CONTENT_SECURITY_POLICY : WEB_META_CONTENT_SECURITY_POLICY)],
    define: { __APP_PLATFORM__: JSON.stringify(platform) },
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      assetsInlineLimit: 0,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
    },
  }
}

/** Writes the platform's CSP into index.html's meta tag, so the web edition enforces it too. */
function injectContentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'apec:content-security-policy',
    transformIndexHtml: (html) => html.replace('%APP_CSP%', policy),
  }
}
