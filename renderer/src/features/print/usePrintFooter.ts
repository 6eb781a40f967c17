import { useEffect } from 'react'

/**
 * Puts `text` in the printed page footer beside "Trang X/Y": print.css reads it from the
 * `--print-footer` custom property in an @page margin box, which is the only way a value known
 * at run time (the pack version) reaches a margin box. Set through CSSOM, which the CSP allows.
 */
export function usePrintFooter(text: string): void {
  useEffect(() => {
    const root = document.documentElement
    root.style.setProperty('--print-footer', cssString(text))
    return () => {
      root.style.removeProperty('--print-footer')
    }
  }, [text])
}

/** A CSS string token: quotes and backslashes escaped, line breaks flattened. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/\s+/g, ' ')}"`
}
