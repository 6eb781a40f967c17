import type { Answer, EntryDocument, QuestionAnswer, SearchResults } from '../core/api-contract'

/**
 * The CLI's stable shape of search results: entries first, then source documents, each as its
 * best passage with the source's other matching passages under it; and the fact that answers a
 * question ("Trả lời nhanh"), an array when the entry holds several (host years) or the sources
 * disagree (each claim then has `disputed: true`), null when no fact answers.
 */
export function searchForCli(results: SearchResults) {
  return {
    query: results.query,
    answer: answerForCli(results.answer),
    counts: results.counts,
    hits: [...results.entries, ...results.passages].map((hit) => ({
      kind: hit.kind,
      id: hit.id,
      title: hit.title,
      type: hit.type,
      source: hit.sourceId,
      paragraph: hit.paragraph,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: hit.snippet.text,
      highlights: hit.snippet.highlights,
      otherPassageCount: hit.otherPassageCount,
      otherPassages: hit.otherPassages.map((other) => ({
        paragraph: other.paragraph,
        snippet: other.snippet.text,
        highlights: other.snippet.highlights,
      })),
    })),
  }
}

function answerForCli(answer: QuestionAnswer) {
  const claim = (one: Answer) => ({
    kind: one.kind,
    entryId: one.entryId,
    factKey: one.factKey,
    label: one.label,
    value: one.value,
    asOf: one.asOf,
    citation: one.citation === null ? null : { source: one.citation.sourceId, paragraph: one.citation.paragraph },
    disputed: one.disputed,
  })
  if (answer === null) return null
  return Array.isArray(answer) ? answer.map(claim) : claim(answer)
}

/** The CLI's stable shape of an entry: facts with their citation, relations both ways. */
export function entryForCli(entry: EntryDocument) {
  return {
    id: entry.id,
    type: entry.type,
    title: entry.title,
    names: { en: entry.nameEn, zh: entry.nameZh },
    aliases: entry.aliases,
    summary: entry.summary,
    facts: entry.facts.map((fact) => ({
      key: fact.key,
      label: fact.label,
      value: fact.value,
      asOf: fact.asOf,
      citation: { source: fact.citation.sourceId, paragraph: fact.citation.paragraph, reference: fact.citation.sourceKind === 'reference' },
      ...(fact.quantity ? { quantity: fact.quantity } : {}),
      ...(fact.note ? { note: fact.note } : {}),
      ...(fact.link ? { link: fact.link.id } : {}),
    })),
    relations: entry.relations.flatMap((group) =>
      group.entries.map((related) => ({ kind: group.kind, direction: group.direction, id: related.id, title: related.title })),
    ),
    backlinks: entry.backlinks.map(({ id, title }) => ({ id, title })),
  }
}

export type CliSearchResults = ReturnType<typeof searchForCli>
export type CliEntry = ReturnType<typeof entryForCli>
