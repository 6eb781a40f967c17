import { MAX_QUERY_CHARS } from '../../../../data/core/search/query-limit'
import { STRINGS } from '../../strings'

/** Says that a query from the address was longer than the search takes, so the results are for its start. */
export function QueryCutNotice() {
  return (
    <p className="search-page__notice" role="status">
      {STRINGS.search.queryCut(MAX_QUERY_CHARS)}
    </p>
  )
}
