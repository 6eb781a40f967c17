import type { Suggestion } from '../../../../data/core/api-contract'
import type { Route } from '../../app/routes'

/**
 * A suggestion is an entry, or a source title (all a pack built from a folder of text files has).
 * The core sends `kind` with every suggestion; read defensively until the contract type declares it.
 */
export function isSourceSuggestion(suggestion: Suggestion): boolean {
  return 'kind' in suggestion && suggestion.kind === 'source'
}

/** Where choosing a suggestion leads: `#/source/<id>` for a source, `#/entry/<id>` otherwise. */
export function suggestionRoute(suggestion: Suggestion): Route {
  return isSourceSuggestion(suggestion)
    ? { name: 'source', id: suggestion.id, paragraph: null }
    : { name: 'entry', id: suggestion.id }
}
