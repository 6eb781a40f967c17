import type { Citation } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'

/** The paragraph a citation points at, highlighted in the reader; a reference opens its record. */
export function citationHref(citation: Citation): string {
  return routeHref({ name: 'source', id: citation.sourceId, paragraph: citation.paragraph })
}

/** A short source link for a fact: publisher and paragraph, marked when it is an outside reference. */
export function CitationLink({ citation }: { citation: Citation }) {
  const isReference = citation.sourceKind === 'reference'
  return (
    <span className="citation">
      <a
        className="citation__link"
        href={citationHref(citation)}
        title={citation.sourceTitle}
      >
        {citation.sourcePublisher}
        {citation.paragraph !== null && `, ${STRINGS.entry.paragraph(citation.paragraph)}`}
      </a>
      {isReference && <span className="citation__reference">{STRINGS.entry.reference}</span>}
    </span>
  )
}
