import { useMemo } from 'react'
import { sanitizeHtml } from './sanitize-html'

interface SafeHtmlProps {
  html: string
  className?: string
}

/** The only component that renders HTML: whatever it is given passes through the sanitiser first. */
export function SafeHtml({ html, className }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html])
  // eslint-disable-next-line react/no-danger -- the HTML was just sanitised by sanitizeHtml (allow-list, in-app links only)
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />
}
