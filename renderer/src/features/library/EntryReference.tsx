import type { EntrySummary } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import { parseComparisonItemId } from '../../routing/compare-view'
import { STRINGS } from '../../strings'

interface EntryReferenceProps {
  entryId: string
  /** The title remembered when the reference was made. */
  title: string
  index: ReadonlyMap<string, EntrySummary> | null
}

/**
 * A saved reference to an entry: a link with the entry's current title, or, when the open pack no
 * longer has the entry, the remembered title with a warning. Never dropped, never a dead link.
 */
export function EntryReference({ entryId, title, index }: EntryReferenceProps) {
  // A comparison in a briefing pack is not an entry: its id is its view, and it opens the comparison page.
  const comparison = parseComparisonItemId(entryId)
  if (comparison) {
    return (
      <a className="entry-reference" href={routeHref({ name: 'compare', view: comparison })}>
        {title}
      </a>
    )
  }
  const entry = index?.get(entryId)
  if (index && !entry) {
    return (
      <span className="entry-reference entry-reference--missing" data-missing="true">
        <span className="entry-reference__title">{title}</span>{' '}
        <span className="entry-reference__warning" title={STRINGS.library.missingAdvice}>
          <span aria-hidden="true">⚠ </span>
          {STRINGS.library.missing}
        </span>
      </span>
    )
  }
  return (
    <a className="entry-reference" href={routeHref({ name: 'entry', id: entryId })}>
      {entry?.title ?? title}
    </a>
  )
}
