import type { SearchDocument } from '../../../../data/core/search/search-index'
import {
  EXACT_FIELDS,
  FIELD_BOOSTS,
  FOLDED_FIELDS,
  SEARCH_FIELDS,
  type SearchField,
} from '../../../../data/core/search/search-options'
import { foldVietnamese, normalizeExact } from '../../../../data/core/search/fold'
import { tokenizeForIndex, type QueryWord } from '../../../../data/core/search/tokenize'
import { seededRandom } from '../../../helpers/seeded-random'

/** Syllables that fold together ("lào", "lao", "láo") so exact and folded fields disagree. */
export const SYLLABLES = [
  'lào',
  'lao',
  'láo',
  'thành',
  'thanh',
  'phố',
  'pho',
  'đà',
  'da',
  'nẵng',
  'nang',
  'hà',
  'nội',
  'kinh',
  'tế',
  'te',
  'hợp',
  'tác',
  'diễn',
  'đàn',
  'thái',
  'bình',
  'dương',
  'duong',
  'việt',
  'nam',
  'năm',
  'hội',
  'nghị',
  'cấp',
  'cao',
  'bộ',
  'trưởng',
  'apec',
  'asean',
  'biển',
  'đông',
  'dong',
]
const TYPES = ['economy', 'meeting', 'place']

/** Entries and passages of random syllables, earlier syllables more frequent, every field present. */
export function generateCorpus(seed: number, count: number): SearchDocument[] {
  const random = seededRandom(seed)
  const word = () => SYLLABLES[Math.floor(Math.pow(random(), 1.8) * SYLLABLES.length)] ?? 'lao'
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word).join(' ')
  return Array.from({ length: count }, (_, n): SearchDocument => {
    const passage = random() < 0.5
    const year = random() < 0.7 ? 1989 + Math.floor(random() * 40) : undefined
    return {
      id: passage ? `source-${n % 7}#${n}` : `entry-${n}`,
      kind: passage ? 'passage' : 'entry',
      title: words(1, 4),
      ...(passage ? { sourceId: `source-${n % 7}`, paragraph: n } : {}),
      ...(!passage ? { type: TYPES[n % TYPES.length] ?? 'place' } : {}),
      ...(year === undefined ? {} : { year }),
      aliases: passage ? [] : Array.from({ length: Math.floor(random() * 3) }, () => words(1, 2)),
      // Always a string, so MiniSearch's running average field length is the plain mean.
      nameEn: passage ? '' : words(0, 2),
      nameZh: '',
      text: words(3, 30),
    }
  })
}

function fieldValue(document: SearchDocument, field: SearchField): string {
  switch (field) {
    case 'titleExact':
    case 'titleFolded':
      return document.title
    case 'aliasesExact':
    case 'aliasesFolded':
      return document.aliases.join('\n')
    case 'textFolded':
      return document.text
    case 'nameEn':
      return document.nameEn ?? ''
    case 'nameZh':
      return document.nameZh ?? ''
  }
}

/**
 * BM25 the slow way, straight from the documents: term counts per field, MiniSearch's length
 * measure (distinct tokens), its k 1.2, b 0.7, d 0.5, and its "quality" factor (distinct query
 * terms matched). The reference the evaluator's typed arrays must agree with.
 */
export class BruteForce {
  private readonly counts: Map<string, number>[][]
  private readonly lengths: number[][]
  private readonly averages: number[]
  private readonly frequencies: Map<string, number>[]

  constructor(readonly documents: readonly SearchDocument[]) {
    this.counts = documents.map((document) =>
      SEARCH_FIELDS.map((field) => {
        const terms = new Map<string, number>()
        for (const token of tokenizeForIndex(fieldValue(document, field))) {
          const term = field.endsWith('Exact') ? normalizeExact(token) : foldVietnamese(token)
          if (term !== '') terms.set(term, (terms.get(term) ?? 0) + 1)
        }
        return terms
      }),
    )
    this.lengths = documents.map((document) =>
      SEARCH_FIELDS.map((field) => new Set(tokenizeForIndex(fieldValue(document, field))).size),
    )
    this.averages = SEARCH_FIELDS.map(
      (_, field) =>
        this.lengths.reduce((sum, lengths) => sum + (lengths[field] ?? 0), 0) / documents.length,
    )
    this.frequencies = SEARCH_FIELDS.map((_, field) => {
      const documentsWith = new Map<string, number>()
      for (const counts of this.counts) {
        for (const term of counts[field]?.keys() ?? [])
          documentsWith.set(term, (documentsWith.get(term) ?? 0) + 1)
      }
      return documentsWith
    })
  }

  /**
   * Score and words matched of one document, with each word's terms as typed. Words that fold
   * alike ("biển bien") are one word, their distinct forms each looked up once.
   */
  score(doc: number, words: readonly QueryWord[]): { score: number; words: number } {
    let sum = 0
    let matchedWords = 0
    const matchedTerms = new Set<string>()
    for (const [folded, exactForms] of mergeByFold(words)) {
      let matched = false
      const lookups = [
        ...exactForms.map((exact) => [EXACT_FIELDS, exact] as const),
        [FOLDED_FIELDS, folded] as const,
      ]
      for (const [fields, term] of lookups) {
        for (const name of fields) {
          const field = SEARCH_FIELDS.indexOf(name)
          const tf = this.counts[doc]?.[field]?.get(term) ?? 0
          if (tf === 0) continue
          const n = this.frequencies[field]?.get(term) ?? 0
          const total = this.documents.length
          const idf = Math.log(1 + (total - n + 0.5) / (n + 0.5))
          const norm =
            1.2 *
            (1 - 0.7 + (0.7 * (this.lengths[doc]?.[field] ?? 0)) / (this.averages[field] ?? 1))
          sum += FIELD_BOOSTS[name] * idf * (0.5 + (tf * 2.2) / (tf + norm))
          matchedTerms.add(term)
          matched = true
        }
      }
      if (matched) matchedWords++
    }
    return { score: sum * matchedTerms.size, words: matchedWords }
  }

  /** True when the document holds a word starting with `word` (exact or folded, as indexed). */
  hasPrefix(doc: number, word: QueryWord): boolean {
    return SEARCH_FIELDS.some((name, field) => {
      const forms = [
        ...(EXACT_FIELDS.includes(name) ? [word.exact] : []),
        ...(FOLDED_FIELDS.includes(name) ? [word.folded] : []),
      ]
      return [...(this.counts[doc]?.[field]?.keys() ?? [])].some((term) =>
        forms.some((form) => term.startsWith(form)),
      )
    })
  }
}

/** Folded form → the distinct exact forms typed for it. */
export function mergeByFold(words: readonly QueryWord[]): Map<string, string[]> {
  const merged = new Map<string, string[]>()
  for (const word of words) {
    const forms = merged.get(word.folded) ?? []
    if (!forms.includes(word.exact)) forms.push(word.exact)
    merged.set(word.folded, forms)
  }
  return merged
}
