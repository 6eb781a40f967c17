import type { AnswerInput, QuestionAnswer, SearchHit, SearchInput, SearchResults, SuggestInput, Suggestion } from './api-contract'
import { answerQuestion, definitionOfHit } from './catalog-answer'
import { isEntryType } from './entry-types'
import { CatalogError } from './error-codes'
import { foldVietnamese } from './search/fold'
import * as core from './search/search'
import { loadSearchIndex, type SearchIndex } from './search/search-index'
import { selectOne, textColumn, type SqlDatabase } from './sql-database'

export interface CatalogSearch {
  search(input: SearchInput): SearchResults
  suggest(input: SuggestInput): Suggestion[]
  answer(input: AnswerInput): QuestionAnswer
}

/**
 * Search over the index stored in the pack. The index is parsed on first use, not at open, so the
 * app shows its first page without waiting for it.
 */
export function createCatalogSearch(db: SqlDatabase): CatalogSearch {
  let index: SearchIndex | undefined
  const load = (): SearchIndex => {
    if (index) return index
    const row = selectOne(db, 'SELECT json FROM search_index WHERE id = 1')
    if (!row) throw new CatalogError('pack-corrupt', 'the pack has no search index')
    index = loadSearchIndex(textColumn(row, 'json'))
    return index
  }
  const definitionOfFirst = definitionOfFirstHit(db)
  return {
    search(input) {
      const loaded = load()
      // The answer first: the entry it comes from is the one ranked first.
      const question = answerQuestion(db, loaded, input.query)
      const results = core.search(loaded, input.query, {
        subject: question.subjectId,
        ...(input.type ? { type: input.type } : {}),
        ...(input.yearFrom === undefined ? {} : { yearFrom: input.yearFrom }),
        ...(input.yearTo === undefined ? {} : { yearTo: input.yearTo }),
        ...(input.limit === undefined ? {} : { limit: input.limit }),
        ...(input.offset === undefined ? {} : { offset: input.offset }),
      })
      const nothing = results.counts.entries + results.counts.passages === 0
      // The first page's hits may define a name no entry has; later pages only continue the list.
      const firstPage = (input.offset ?? 0) === 0
      const answer = question.answer ?? (firstPage ? definitionOfFirst(question, results.entries) : null)
      return {
        query: input.query,
        entries: answeredFirst(results.entries, question.answer === null ? answer : null).map(toHit),
        passages: results.passages.map(toHit),
        counts: results.counts,
        closest: nothing ? closestTitles(loaded, input.query) : [],
        answer,
      }
    },
    suggest: (input) => core.suggest(load(), input.prefix, input.limit ?? 8).map(toSuggestion),
    answer(input) {
      const loaded = load()
      const question = answerQuestion(db, loaded, input.query)
      if (question.answer !== null || question.subjectId !== null || !question.understood.question) return question.answer
      return definitionOfFirst(question, core.search(loaded, input.query, { limit: DEFINITION_HITS }).entries)
    },
  }
}

/**
 * A definition found among the first hits ("CPTPP là gì" → the TPP entry) puts its entry first,
 * as a recognised subject would be. It is one of the first DEFINITION_HITS, so the pages after
 * the first keep their order.
 */
function answeredFirst(hits: core.SearchHit[], definition: QuestionAnswer): core.SearchHit[] {
  const id = definition !== null && !Array.isArray(definition) ? definition.entryId : null
  const at = hits.findIndex((hit) => hit.id === id)
  return at <= 0 ? hits : [hits[at] as core.SearchHit, ...hits.slice(0, at), ...hits.slice(at + 1)]
}

/** Entry hits read for a definition of a name no entry has: the first few, best first. */
const DEFINITION_HITS = 3

/** "CPTPP là gì": a question naming no entry may be answered by the first entry hit's summary. */
function definitionOfFirstHit(db: SqlDatabase) {
  return (question: ReturnType<typeof answerQuestion>, hits: readonly core.SearchHit[]): QuestionAnswer => {
    if (question.subjectId !== null || !question.understood.question) return null
    for (const hit of hits.slice(0, DEFINITION_HITS)) {
      const answer = definitionOfHit(db, question.understood, hit.id)
      if (answer !== null) return answer
    }
    return null
  }
}

/**
 * A beginning shorter than this share of the query (and than CLOSEST_MIN_LENGTH) has too little
 * of it to be what the user meant: "blorp" is not a typo of "Blake".
 */
const CLOSEST_MIN_SHARE = 0.5
const CLOSEST_MIN_LENGTH = 3

/**
 * For a query that found nothing: titles starting like it, trying ever shorter beginnings of the
 * folded query down to half of it ("singaporx" → "singapo…"); nonsense gets nothing.
 */
function closestTitles(index: SearchIndex, query: string): Suggestion[] {
  const folded = foldVietnamese(query).trim().slice(0, 40)
  const shortest = Math.max(CLOSEST_MIN_LENGTH, Math.ceil(folded.length * CLOSEST_MIN_SHARE))
  for (let length = folded.length; length >= shortest; length -= 1) {
    const found = core.suggest(index, folded.slice(0, length), 5)
    if (found.length > 0) return found.map(toSuggestion)
  }
  return []
}

function toHit(hit: core.SearchHit): SearchHit {
  return { ...hit, type: hit.type !== null && isEntryType(hit.type) ? hit.type : null }
}

function toSuggestion(suggestion: core.Suggestion): Suggestion {
  return { ...suggestion, type: suggestion.type !== null && isEntryType(suggestion.type) ? suggestion.type : null }
}
