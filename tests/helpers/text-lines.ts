import type { Locator } from 'playwright-core'

/**
 * The lines a reader sees in an element: its text split where the browser broke it, read from
 * the position of each character (Range rects), with runs of white space folded.
 */
export async function renderedLines(element: Locator): Promise<string[]> {
  // Lines are only where they will stay once the bundled fonts have replaced the fallback.
  await element.evaluate(() => document.fonts.ready.then(() => undefined))
  return element.evaluate((root) => {
    const lines: { top: number; text: string }[] = []
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.textContent ?? ''
      for (let at = 0; at < text.length; at += 1) {
        range.setStart(node, at)
        range.setEnd(node, at + 1)
        const rect = [...range.getClientRects()].find((box) => box.width > 0)
        if (!rect) continue
        // A character belongs to the line whose top is within half its height of its own.
        const line = lines.find((candidate) => Math.abs(candidate.top - rect.top) < rect.height / 2)
        if (line) line.text += text[at]
        else lines.push({ top: rect.top, text: text[at] ?? '' })
      }
    }
    return lines.sort((a, b) => a.top - b.top).map((line) => line.text.replace(/\s+/g, ' ').trim())
  })
}
