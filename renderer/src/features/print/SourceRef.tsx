import type { SourceMark } from '../../../../data/core/sheet/sheet-model'

/** "[2], đoạn 1": the number of the source in the sheet's (or pack's) source list, and the paragraph. */
export function SourceRef({ mark }: { mark: SourceMark }) {
  return (
    <span className="source-ref" title={mark.title}>
      {mark.text}
    </span>
  )
}
