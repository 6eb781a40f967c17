import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * How many of a row's items fit in `row`'s width ("priority+" navigation: the rest go into a
 * menu). The items are measured in `measure`, an invisible copy of the row that always holds every
 * item (`[data-measure="item"]`) and the menu button (`[data-measure="more"]`). Recounted whenever
 * the row or the copy changes size: a narrower window, a larger text size, a font that finished
 * loading. The row's width must not depend on what it shows (a flex item with a zero basis).
 */
export function useFittingCount(row: RefObject<HTMLElement | null>, measure: RefObject<HTMLElement | null>, total: number): number {
  const [count, setCount] = useState(total)
  useLayoutEffect(() => {
    const rowElement = row.current
    const measureElement = measure.current
    if (!rowElement || !measureElement) return
    const recount = () => {
      const width = (selector: string) => measureElement.querySelector(selector)?.getBoundingClientRect().width ?? 0
      const items = [...measureElement.querySelectorAll('[data-measure="item"]')].map((item) => item.getBoundingClientRect().width)
      const gap = Number.parseFloat(getComputedStyle(measureElement).columnGap) || 0
      const available = rowElement.clientWidth
      const used = (shown: number) => items.slice(0, shown).reduce((sum, item) => sum + item + gap, 0)
      if (used(items.length) - gap <= available) {
        setCount(items.length)
        return
      }
      let shown = items.length - 1
      while (shown > 0 && used(shown) + width('[data-measure="more"]') > available) shown -= 1
      setCount(shown)
    }
    recount()
    const observer = new ResizeObserver(recount)
    observer.observe(rowElement)
    observer.observe(measureElement)
    return () => observer.disconnect()
  }, [row, measure, total])
  return count
}
