import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import { describe, expect, it } from 'vitest'
import { lengthNorm } from '../../../../data/core/search/bm25'
import { fuzzyTerms } from '../../../../data/core/search/fuzzy-terms'
import type { PostingLists } from '../../../../data/core/search/postings'
import { listField, listStart } from '../../../../data/core/search/term-blocks'
import { createSearchIndex, type SearchDocument } from '../../../../data/core/search/search-index'
import { SEARCH_FIELDS, SEARCH_OPTIONS } from '../../../../data/core/search/search-options'
import { seededRandom } from '../../../helpers/seeded-random'
import { generateCorpus, SYLLABLES } from './generated-corpus'
import { SEARCH_CORPUS } from './search-corpus'

/**
 * The index is built without MiniSearch's index (1.6 GB for a large pack), but must count exactly
 * what MiniSearch counts with THE options constant: same terms in the same fields, same
 * frequencies, same field lengths and running averages. MiniSearch itself is the reference here.
 */

type Postings = Map<string, [number, number][]>

/** MiniSearch's index of the documents, as term → field → [document, frequency]. */
function miniSearchPostings(documents: readonly SearchDocument[]) {
  const engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS)
  engine.addAll(documents)
  const plain = engine.toJSON()
  const fieldName = new Map(Object.entries(plain.fieldIds).map(([name, id]) => [id, name]))
  const postings: Postings = new Map()
  for (const [term, byField] of plain.index) {
    for (const [fieldId, docs] of Object.entries(byField)) {
      const list = Object.entries(docs)
        .map(([doc, freq]): [number, number] => [Number(doc), freq])
        .sort(([a], [b]) => a - b)
      if (list.length > 0) postings.set(`${fieldName.get(Number(fieldId))}:${term}`, list)
    }
  }
  const norm = (doc: number, field: string) => {
    const fieldId = plain.fieldIds[field] ?? -1
    const length = plain.fieldLength[String(doc)]?.[fieldId] ?? 0
    return lengthNorm(length, plain.averageFieldLength[fieldId] ?? 0)
  }
  return { postings, norm }
}

/** The stored lists decoded by hand from the layout postings.ts describes. */
function storedPostings(lists: PostingLists): Postings {
  const postings: Postings = new Map()
  for (let term = 0; term < lists.terms.size; term++) {
    const { block, first, last } = lists.terms.termLists(term)
    for (let list = first; list < last; list++) {
      const bytes = block.postings.subarray(listStart(block, list), block.listEnds[list])
      const values: number[] = []
      for (let at = 0, value = 0, scale = 1; at < bytes.length; at++) {
        const byte = bytes[at] ?? 0
        value += (byte & 0x7f) * scale
        scale *= 128
        if (byte < 0x80) {
          values.push(value)
          value = 0
          scale = 1
        }
      }
      const decoded: [number, number][] = []
      let doc = 0
      const [count] = values.splice(0, 1)
      for (let at = 0; at < values.length; at++) {
        const value = values[at] ?? 0
        doc += Math.floor(value / 2)
        decoded.push([doc, value % 2 === 1 ? (values[++at] ?? 0) + 2 : 1])
      }
      expect(decoded).toHaveLength(count ?? -1)
      postings.set(`${SEARCH_FIELDS[listField(block, list)]}:${lists.terms.get(term)}`, decoded)
    }
  }
  return postings
}

const HAN_AND_MIXED: SearchDocument[] = [
  { id: 'a', kind: 'entry', title: 'APEC亚太经合组织', aliases: ['亞太經濟合作組織', 'Diễn đàn'], nameZh: '亚太经济合作组织', text: 'Đà Nẵng 2017: 亚太经合组织 và APEC APEC apec.' },
  { id: 'b', kind: 'passage', title: 'Nguồn', sourceId: 's', paragraph: 1, aliases: [], nameEn: 'Source', text: 'NFD: Đà Nẵng; σ Σ ς; 觀察員 观察员.' },
  { id: 'c', kind: 'entry', title: 'Không tên', aliases: [], text: '' },
]

describe('the index builder counts what MiniSearch counts', () => {
  it.each([
    ['the search corpus', SEARCH_CORPUS],
    ['a generated corpus', generateCorpus(11, 300)],
    ['Chinese, mixed scripts, decomposed marks and empty fields', HAN_AND_MIXED],
  ])('in %s: terms, fields, frequencies and length norms', (_label, documents) => {
    const reference = miniSearchPostings(documents)
    const index = createSearchIndex(documents)
    expect(storedPostings(index)).toEqual(reference.postings)
    SEARCH_FIELDS.forEach((field, fieldId) => {
      const lengths = index.documents.lengths(fieldId)
      const average = index.documents.average(fieldId)
      documents.forEach((_, doc) => expect(lengthNorm(lengths[doc] ?? 0, average)).toBe(reference.norm(doc, field)))
    })
  })
})

describe('typo tolerance over the sorted terms', () => {
  it('finds exactly the terms and distances MiniSearch finds in its radix tree', () => {
    const index = createSearchIndex(generateCorpus(5, 400))
    const tree = new SearchableMap<number>()
    for (let id = 0; id < index.terms.size; id++) tree.set(index.terms.get(id), id)
    const random = seededRandom(9)
    const typo = (word: string) => {
      const at = Math.floor(random() * (word.length + 1))
      const edits = [
        () => `${word.slice(0, at)}${word.slice(at + 1)}`,
        () => `${word.slice(0, at)}x${word.slice(at)}`,
        () => `${word.slice(0, at)}q${word.slice(at + 1)}`,
      ]
      return (edits[Math.floor(random() * edits.length)] ?? edits[0])?.() ?? word
    }
    let found = 0
    for (let i = 0; i < 200; i++) {
      const word = SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'lao'
      const query = i % 3 === 0 ? `${word}${typo(word)}` : typo(word)
      const distance = 1 + (i % 3)
      const expected = new Map([...tree.fuzzyGet(query, distance)].map(([, [id, d]]) => [id, d]))
      const actual = fuzzyTerms(index.terms, query, distance)
      expect(new Map([...actual].sort(([a], [b]) => a - b))).toEqual(new Map([...expected].sort(([a], [b]) => a - b)))
      found += actual.size
    }
    expect(found).toBeGreaterThan(200)
  })
})
