import type { SearchHit } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { HighlightedText } from './HighlightedText'

/**
 * Under a source document's best passage: "và n đoạn khác", opening its next best passages, each a
 * link to its paragraph, and a link to the document when more match than are listed.
 */
export function OtherPassages({ hit }: { hit: SearchHit }) {
  if (hit.otherPassageCount === 0) return null
  const source = hit.sourceId ?? hit.id
  const unlisted = hit.otherPassageCount - hit.otherPassages.length
  return (
    <details className="search-hit__others">
      <summary>{STRINGS.search.otherPassages(hit.otherPassageCount)}</summary>
      <ol className="search-hit__other-list">
        {hit.otherPassages.map((other) => (
          <li key={other.id} className="search-hit__other" data-id={other.id}>
            <a href={routeHref({ name: 'source', id: source, paragraph: other.paragraph })}>
              {other.paragraph === null ? hit.title : STRINGS.search.paragraph(other.paragraph)}
            </a>{' '}
            <HighlightedText text={other.snippet.text} highlights={other.snippet.highlights} />
          </li>
        ))}
      </ol>
      {unlisted > 0 && (
        <p className="search-hit__others-rest">
          <a href={routeHref({ name: 'source', id: source, paragraph: null })}>{STRINGS.search.restInSource(unlisted)}</a>
        </p>
      )}
    </details>
  )
}
