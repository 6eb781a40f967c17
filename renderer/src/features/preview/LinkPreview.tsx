import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { EntrySummary } from '../../../../data/core/api-contract'
import { parseRoute } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { loadEntryPreview } from './entry-preview-cache'
import { placeBeside } from './place-beside'

const PREVIEW_ID = 'link-preview'
const SHOW_DELAY_MS = 300
const HIDE_GRACE_MS = 120
const ENTRY_LINK = 'a[href^="#/entry/"]'
/** The link being previewed carries this class: CSS anchor positioning places the card under it. */
const ANCHOR_CLASS = 'link-preview-anchor'

/**
 * `beside`: the link is an SVG shape (a member on the map), which CSS anchor positioning cannot
 * anchor to, so the card is placed beside the shape's box by script instead.
 */
type Preview = { id: string; entry: EntrySummary | null; beside: boolean }

/**
 * A small card (title, type, summary) for any in-app link to an entry, on hover or keyboard focus.
 * Listens on the document, so links inside sanitised entry bodies are covered as well as lists.
 */
export function LinkPreview() {
  const [preview, setPreview] = useState<Preview | null>(null)
  const anchor = useRef<Element | null>(null)
  const card = useRef<HTMLDivElement>(null)
  const showTimer = useRef<number | undefined>(undefined)
  const hideTimer = useRef<number | undefined>(undefined)

  useEffect(() => {
    const clearTimers = () => {
      window.clearTimeout(showTimer.current)
      window.clearTimeout(hideTimer.current)
    }
    const hide = () => {
      clearTimers()
      const link = anchor.current
      if (link) {
        link.classList.remove(ANCHOR_CLASS)
        link.removeAttribute('aria-describedby')
      }
      anchor.current = null
      setPreview(null)
    }
    const start = (link: Element) => {
      if (link === anchor.current) {
        window.clearTimeout(hideTimer.current)
        return
      }
      hide()
      const route = parseRoute(link.getAttribute('href') ?? '')
      if (route.name !== 'entry') return
      const id = route.id
      anchor.current = link
      const beside = link instanceof SVGElement
      const request = loadEntryPreview(id)
      showTimer.current = window.setTimeout(() => {
        if (anchor.current !== link) return
        if (!beside) link.classList.add(ANCHOR_CLASS)
        link.setAttribute('aria-describedby', PREVIEW_ID)
        setPreview({ id, entry: null, beside })
        void request.then((result) => {
          if (anchor.current !== link) return
          if (result.ok) setPreview({ id, entry: result.value, beside })
          else hide()
        })
      }, SHOW_DELAY_MS)
    }
    const leave = () => {
      if (!anchor.current) return
      window.clearTimeout(hideTimer.current)
      hideTimer.current = window.setTimeout(hide, HIDE_GRACE_MS)
    }
    // HTML links and SVG <a> on the map alike (closest() is typed for HTML only).
    const entryLink = (target: EventTarget | null): Element | null => (target instanceof Element ? target.closest(ENTRY_LINK) : null)
    const inCard = (target: EventTarget | null) => target instanceof Element && target.closest(`#${PREVIEW_ID}`) !== null

    const onOver = (event: MouseEvent) => {
      const link = entryLink(event.target)
      if (link) start(link)
      else if (inCard(event.target)) window.clearTimeout(hideTimer.current)
    }
    const onOut = (event: MouseEvent) => {
      if (entryLink(event.target) || inCard(event.target)) {
        if (entryLink(event.relatedTarget) === anchor.current || inCard(event.relatedTarget)) return
        leave()
      }
    }
    const onFocusIn = (event: FocusEvent) => {
      const link = entryLink(event.target)
      if (link) start(link)
      else if (anchor.current) hide()
    }
    const onFocusOut = (event: FocusEvent) => {
      if (entryLink(event.target) === anchor.current && entryLink(event.relatedTarget) !== anchor.current) hide()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && anchor.current) hide()
    }
    document.addEventListener('mouseover', onOver)
    document.addEventListener('mouseout', onOut)
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('focusout', onFocusOut)
    document.addEventListener('keydown', onKeyDown)
    window.addEventListener('hashchange', hide)
    return () => {
      hide()
      document.removeEventListener('mouseover', onOver)
      document.removeEventListener('mouseout', onOut)
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('hashchange', hide)
    }
  }, [])

  useLayoutEffect(() => {
    const link = anchor.current
    const element = card.current
    if (!preview?.beside || !link || !element) return
    // Set through the CSSOM, which the CSP's style-src allows (it forbids style attributes in markup).
    // Page coordinates, so the card scrolls with the map it describes.
    const size = element.getBoundingClientRect()
    const view = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight }
    const at = placeBeside(link.getBoundingClientRect(), size.width, size.height, view)
    element.style.setProperty('left', `${at.left + window.scrollX}px`)
    element.style.setProperty('top', `${at.top + window.scrollY}px`)
  }, [preview])

  if (!preview) return null
  return (
    <div
      ref={card}
      id={PREVIEW_ID}
      role="tooltip"
      className={preview.beside ? 'link-preview link-preview--beside' : 'link-preview'}
      data-entry={preview.id}
    >
      {preview.entry ? (
        <>
          <p className="link-preview__type">{STRINGS.entryTypes[preview.entry.type]}</p>
          <p className="link-preview__title">{preview.entry.title}</p>
          <p className="link-preview__summary">{preview.entry.summary}</p>
        </>
      ) : (
        <p className="link-preview__loading">{STRINGS.preview.loading}</p>
      )}
    </div>
  )
}
