import { useEffect, useState, type RefObject } from 'react'
import { measurePaperPages } from './measure-pages'

/**
 * How many printed pages each `.print-paper` under `root` takes, in document order; null until
 * measured with the fonts loaded. Measured again whenever a paper's content changes size (a font
 * arriving late, quotes loading), so page numbers never go stale. `layoutKey` names the set of papers.
 */
export function usePaperPages(root: RefObject<HTMLElement | null>, layoutKey: string): number[] | null {
  const [pages, setPages] = useState<number[] | null>(null)
  useEffect(() => {
    const element = root.current
    if (!element) return
    let current = true
    const papers = () => [...element.querySelectorAll<HTMLElement>('.print-paper')]
    const measure = () => {
      if (!current) return
      const counts = papers().map(measurePaperPages)
      setPages((previous) => (previous && previous.join() === counts.join() ? previous : counts))
    }
    // Reading the layout once starts the font loads it needs; `fonts.ready` then waits for them.
    papers().forEach(measurePaperPages)
    const remeasure = () => void document.fonts.ready.then(measure)
    const observer = new ResizeObserver(remeasure)
    for (const paper of papers()) {
      for (const child of paper.children) observer.observe(child)
    }
    remeasure()
    return () => {
      current = false
      observer.disconnect()
    }
  }, [root, layoutKey])
  return pages
}
