import type { Citation } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'

/** "[2], đoạn 1": the number of the source in the sheet's (or pack's) source list, and the paragraph. */
export function SourceRef({ citation, numbers }: { citation: Citation; numbers: ReadonlyMap<string, number> }) {
  const number = numbers.get(citation.sourceId)
  return (
    <span className="source-ref" title={citation.sourceTitle}>
      {number === undefined ? citation.sourcePublisher : STRINGS.print.sourceRef(number)}
      {citation.paragraph !== null && `, ${STRINGS.print.paragraph(citation.paragraph)}`}
    </span>
  )
}
