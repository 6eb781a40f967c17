import type { Citation } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { citationHref } from './CitationLink'

/** The numbered sources of the body text, in the order its [n] marks use them. */
export function BodyCitations({ citations }: { citations: readonly (Citation & { number: number })[] }) {
  if (citations.length === 0) return null
  return (
    <section className="entry-section" aria-labelledby="entry-citations">
      <h2 id="entry-citations" className="section-title">
        {STRINGS.entry.bodyCitations}
      </h2>
      <ol className="body-citations">
        {citations.map((citation) => (
          <li key={citation.number} value={citation.number} id={`cite-${citation.number}`} className="body-citations__item">
            <a className="body-citations__title" href={citationHref(citation)}>
              {citation.sourceTitle}
            </a>
            <span className="body-citations__meta">
              {citation.sourcePublisher}
              {citation.paragraph !== null && ` · ${STRINGS.entry.paragraph(citation.paragraph)}`}
              {citation.sourceKind === 'reference' && (
                <span className="citation__reference">{STRINGS.entry.reference}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
