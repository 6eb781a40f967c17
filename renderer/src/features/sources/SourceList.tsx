import type { SourceSummary } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { formatLanguages, formatSourceDate } from './format-source-date'

/** Source documents as a list of cards: title, publisher, date, languages and paragraph count. */
export function SourceList({ sources }: { sources: readonly SourceSummary[] }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id} className={source.kind === 'reference' ? 'source-card source-card--reference' : 'source-card'}>
          <a className="source-card__title" href={routeHref({ name: 'source', id: source.id, paragraph: null })}>
            {source.title}
          </a>
          <p className="source-card__meta">
            <span>{source.publisher}</span>
            <span>{formatSourceDate(source.date)}</span>
            <span>{formatLanguages(source.languages)}</span>
            {source.kind === 'primary' ? (
              <span>{STRINGS.sources.paragraphCount(source.paragraphs)}</span>
            ) : (
              <span>{STRINGS.entry.reference}</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}
