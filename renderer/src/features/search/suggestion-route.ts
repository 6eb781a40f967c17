import type { Suggestion } from '../../../../data/core/api-contract'
import type { Route } from '../../routing/routes'

export function isSourceSuggestion(suggestion: Suggestion): boolean {
  return suggestion.kind === 'source'
}

/** Where choosing a suggestion leads: `#/source/<id>` for a source, `#/entry/<id>` otherwise. */
export function suggestionRoute(suggestion: Suggestion): Route {
  return isSourceSuggestion(suggestion)
    ? { name: 'source', id: suggestion.id, paragraph: null }
    : { name: 'entry', id: suggestion.id }
}
