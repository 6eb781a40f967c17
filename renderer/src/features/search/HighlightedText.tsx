import type { Highlight } from '../../../../data/core/api-contract'
import { highlightSegments } from './highlight-segments'

/** A snippet with its matches in <mark>: React elements from offsets, never HTML built from text. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  return (
    <>
      {highlightSegments(text, highlights).map((segment, index) =>
        segment.marked ? (
          <mark key={index} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
