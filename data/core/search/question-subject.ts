import type { SearchIndex } from './compact-index'
import type { UnderstoodQuery } from './query-understanding'
import { NAME_UNIT, namesInQuery, subjectNames } from './subject-recognition'
import { passes, type DocumentFilter, type Ranked } from './top-documents'

/**
 * The search side of a question: which entry it is about, and that entry first among the hits.
 * Keywords move a subject up only when they are all its name: "apec 2017 đà nẵng" is ranked as before.
 */

/**
 * The entry to rank first: `subjectId` when the caller already chose it (the entry the answer
 * comes from), else the longest entry name in the query; null when there is none.
 */
export function questionSubject(index: SearchIndex, query: UnderstoodQuery, subjectId?: string | null): number | null {
  const names = subjectNames(index.stored)
  if (names.ids.size === 0) return null
  if (subjectId !== undefined && subjectId !== null) return names.ids.get(subjectId) ?? null
  const subject = namesInQuery(names, query)[0]
  if (subject === undefined) return null
  // Keywords move an entry up only when they are its name, written another way ("hội nghị bộ
  // trưởng apec đầu tiên" for "... lần thứ nhất"): "thương mại điện tử xuyên biên giới" is not
  // about "thương mại điện tử".
  if (!query.question && (subject.start > 0 || subject.end < query.tokens.length * NAME_UNIT)) return null
  return subject.doc
}

/**
 * `ranked` with the subject first. A subject that did not match the words left (it is named, the
 * rest of the question is about something it does not say) is added, if the filters let it pass.
 */
export function subjectFirst(
  ranked: Ranked[],
  subject: number | null,
  index: SearchIndex,
  filter: DocumentFilter,
): { ranked: Ranked[]; added: number } {
  if (subject === null) return { ranked, added: 0 }
  const at = ranked.findIndex((item) => item.doc === subject)
  if (at === 0) return { ranked, added: 0 }
  if (at > 0) return { ranked: [ranked[at] as Ranked, ...ranked.slice(0, at), ...ranked.slice(at + 1)], added: 0 }
  if (!passes(index.stored, subject, filter)) return { ranked, added: 0 }
  const score = ranked[0]?.score ?? 1
  return { ranked: [{ doc: subject, score, words: 0, tier: 0 }, ...ranked], added: 1 }
}
