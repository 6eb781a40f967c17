import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react'

/** What a disclosure button needs: spread onto a <button>. */
export interface DisclosureButtonProps {
  ref: RefObject<HTMLButtonElement | null>
  type: 'button'
  'aria-expanded': boolean
  'aria-controls': string
  onClick(): void
  onKeyDown(event: KeyboardEvent): void
}

/** What its panel needs: spread onto the element that shows and hides. */
export interface DisclosurePanelProps {
  ref: RefObject<HTMLDivElement | null>
  id: string
  hidden: boolean
  onKeyDown(event: KeyboardEvent): void
}

const ITEMS = 'a[href], button:not(:disabled)'

/**
 * A button that shows and hides a panel of links or buttons (the WAI-ARIA disclosure pattern, as
 * used for navigation menus): aria-expanded says whether it is open; Escape closes it and puts focus
 * back on the button; a click or focus outside, or a new page, closes it. Arrow keys are a shortcut:
 * ↓ on the button opens it at its first item, ↑/↓/Home/End move between items.
 */
export function useDisclosure(): { open: boolean; buttonProps: DisclosureButtonProps; panelProps: DisclosurePanelProps } {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const id = useId()
  // Set when ↓ opens the panel: focus moves to its first item once it is shown.
  const focusFirst = useRef(false)

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) button.current?.focus()
  }, [])

  useEffect(() => {
    if (!open) return
    if (focusFirst.current) {
      focusFirst.current = false
      panel.current?.querySelector<HTMLElement>(ITEMS)?.focus()
    }
    const inside = (target: EventTarget | null) =>
      target instanceof Node && (button.current?.contains(target) === true || panel.current?.contains(target) === true)
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) close(false)
    }
    const onFocusIn = (event: FocusEvent) => {
      if (!inside(event.target)) close(false)
    }
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      close(true)
    }
    const onHashChange = () => close(false)
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('keydown', onKeyDown)
    window.addEventListener('hashchange', onHashChange)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('hashchange', onHashChange)
    }
  }, [open, close])

  const moveFocus = (event: KeyboardEvent) => {
    const items = [...(panel.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])]
    const at = items.findIndex((item) => item === document.activeElement)
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key]
    if (next === undefined || items.length === 0) return
    event.preventDefault()
    items[(next + items.length) % items.length]?.focus()
  }

  return {
    open,
    buttonProps: {
      ref: button,
      type: 'button',
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((wasOpen) => !wasOpen),
      onKeyDown: (event) => {
        if (event.key !== 'ArrowDown') return
        event.preventDefault()
        if (open) {
          panel.current?.querySelector<HTMLElement>(ITEMS)?.focus()
        } else {
          focusFirst.current = true
          setOpen(true)
        }
      },
    },
    panelProps: { ref: panel, id, hidden: !open, onKeyDown: moveFocus },
  }
}
