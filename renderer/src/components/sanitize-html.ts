import DOMPurify from 'dompurify'

/**
 * The one place DOMPurify is configured. Entry bodies come from our own pipeline, but a pack file
 * can be swapped or edited, so the HTML is treated as hostile: only reading markup survives, and
 * links may only point inside the app (`#/...`), never to a scheme or another origin.
 */
const ALLOWED_TAGS = ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'sup', 'blockquote']
const ALLOWED_ATTR = ['href', 'class', 'title', 'data-entry', 'data-source']
const IN_APP_LINK = /^#\//

let hookInstalled = false

function installHook(): void {
  if (hookInstalled) return
  hookInstalled = true
  // Belt and braces over ALLOWED_URI_REGEXP: an href that is not an in-app hash link is removed.
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    const href = node.getAttribute('href')
    if (href !== null && !IN_APP_LINK.test(href)) node.removeAttribute('href')
  })
}

export function sanitizeHtml(html: string): string {
  installHook()
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: IN_APP_LINK,
    // Plain identifiers, not URLs: without this the URI check above would strip them.
    ADD_URI_SAFE_ATTR: ['data-entry', 'data-source'],
    RETURN_TRUSTED_TYPE: false,
  })
}
