import { foldVietnamese, hasMarks, normalizeExact } from './fold'
import { FUNCTION_WORDS, QUESTION_PHRASES } from './question-words'
import { limitQuery } from './tokenize'

/**
 * What a typed question is made of: the words that must match (content), and the question and
 * function words, which only say what kind of fact is wanted. Pure text work, no index: the
 * subject and the answer are found elsewhere (subject-recognition.ts, answer.ts).
 */

export interface QueryToken {
  /** As typed (NFC). */
  text: string
  exact: string
  folded: string
  han: boolean
}

export interface UnderstoodQuery {
  /** The query without its question and function words; the whole query when nothing else is left. */
  content: string
  /** The words left out of `content`, as typed. */
  optional: string[]
  /** A question word or phrase was found ("khi nào", "who", 谁). */
  question: boolean
  /** The user typed Vietnamese marks: marked phrases then match only with the same marks. */
  marked: boolean
  /** Every word and Han run of the query, in order. */
  tokens: QueryToken[]
  /** What is left of each token once question and function words are out: folded, by position. */
  kept: { at: number; folded: string }[]
}

interface Phrase {
  han: string | null
  words: { exact: string; folded: string }[]
  marked: boolean
  markedOnly: boolean
}

/** A question mark, Latin or full-width, makes a question of any words. */
const QUESTION_MARK = /[?？]/

const compiled = new Map<string, Phrase>()

function compile(phrase: string): Phrase {
  let found = compiled.get(phrase)
  if (found !== undefined) return found
  const markedOnly = phrase.startsWith('!')
  const text = markedOnly ? phrase.slice(1) : phrase
  const runs = limitQuery(text)
  const han = runs.length === 1 && runs[0]?.han === true ? foldVietnamese(runs[0].text) : null
  found = {
    han,
    words: han === null ? runs.map((run) => ({ exact: normalizeExact(run.text), folded: foldVietnamese(run.text) })) : [],
    marked: hasMarks(text) && han === null,
    markedOnly,
  }
  compiled.set(phrase, found)
  return found
}

/** How many tokens from `at` the phrase covers (0: no match). Han phrases are matched inside runs. */
function matchAt(tokens: readonly QueryToken[], at: number, phrase: Phrase, marked: boolean): number {
  if (phrase.han !== null || (phrase.markedOnly && !marked)) return 0
  const exact = marked && phrase.marked
  for (let offset = 0; offset < phrase.words.length; offset++) {
    const token = tokens[at + offset]
    const word = phrase.words[offset]
    if (token === undefined || word === undefined || token.han) return 0
    if (exact ? token.exact !== word.exact : token.folded !== word.folded) return 0
  }
  return phrase.words.length
}

/** True when the query holds the phrase (question words, topic words of answer rules). */
export function queryHas(query: UnderstoodQuery, text: string): boolean {
  const phrase = compile(text)
  if (phrase.han !== null) {
    const han = phrase.han
    return query.tokens.some((token) => token.han && token.folded.includes(han))
  }
  return query.tokens.some((_, at) => matchAt(query.tokens, at, phrase, query.marked) > 0)
}

/** The longest phrase of `phrases` starting at `at`, as a token count. */
function longestAt(tokens: readonly QueryToken[], at: number, phrases: readonly string[], marked: boolean): number {
  let longest = 0
  for (const phrase of phrases) longest = Math.max(longest, matchAt(tokens, at, compile(phrase), marked))
  return longest
}

function hanPhrases(phrases: readonly string[]): string[] {
  return phrases
    .map(compile)
    .flatMap((phrase) => (phrase.han === null ? [] : [phrase.han]))
    .sort((a, b) => b.length - a.length)
}

/**
 * Phrases with Han characters can only match a query that has some; compiling them folds them,
 * which builds the traditional → simplified table (opencc's dictionaries): work a query in Latin
 * script, and a CLI run that answers one, never needs. So they are set apart, and compiled lazily.
 */
const HAN_CHARACTER = /\p{Script=Han}/u
const LATIN_QUESTION_PHRASES = QUESTION_PHRASES.filter((phrase) => !HAN_CHARACTER.test(phrase))
const LATIN_FUNCTION_WORDS = FUNCTION_WORDS.filter((phrase) => !HAN_CHARACTER.test(phrase))
let hanQuestion: string[] | undefined
let hanFunction: string[] | undefined
const HAN_QUESTION = () => (hanQuestion ??= hanPhrases(QUESTION_PHRASES))
const HAN_FUNCTION = () => (hanFunction ??= hanPhrases(FUNCTION_WORDS))

export function understandQuery(query: string): UnderstoodQuery {
  const tokens: QueryToken[] = limitQuery(query).map((run) => ({
    text: run.text,
    exact: normalizeExact(run.text),
    folded: foldVietnamese(run.text),
    han: run.han,
  }))
  const marked = tokens.some((token) => !token.han && hasMarks(token.text))
  const optional = new Uint8Array(tokens.length)
  let question = false
  const cover = (phrases: readonly string[]) => {
    for (let at = 0; at < tokens.length; at++) {
      if (optional[at] === 1) continue
      const length = longestAt(tokens, at, phrases, marked)
      for (let offset = 0; offset < length; offset++) optional[at + offset] = 1
      if (length > 0) at += length - 1
    }
  }
  const hasHan = tokens.some((token) => token.han)
  cover(hasHan ? QUESTION_PHRASES : LATIN_QUESTION_PHRASES)
  question =
    optional.includes(1) ||
    QUESTION_MARK.test(query) ||
    tokens.some((token) => token.han && HAN_QUESTION().some((han) => token.folded.includes(han)))
  if (question) cover(hasHan ? FUNCTION_WORDS : LATIN_FUNCTION_WORDS)
  const kept: { at: number; folded: string; text: string }[] = []
  const dropped: string[] = []
  tokens.forEach((token, at) => {
    if (token.han) {
      const { rest, removed } = removeHan(token.folded, question ? [...HAN_QUESTION(), ...HAN_FUNCTION()] : HAN_QUESTION())
      kept.push(...rest.map((piece) => ({ at, folded: piece, text: piece })))
      dropped.push(...removed)
    } else if (optional[at] === 1) dropped.push(token.text)
    else kept.push({ at, folded: token.folded, text: token.text })
  })
  const nothingLeft = kept.length === 0
  return {
    content: nothingLeft ? query : kept.map((piece) => piece.text).join(' '),
    optional: nothingLeft ? [] : dropped,
    question,
    marked,
    tokens,
    kept: kept.map(({ at, folded }) => ({ at, folded })),
  }
}

/** A Han run split around the question (and function) words in it, longest words first. */
function removeHan(run: string, words: readonly string[]): { rest: string[]; removed: string[] } {
  let pieces = [run]
  const removed: string[] = []
  for (const word of words) {
    pieces = pieces.flatMap((piece) => {
      const parts = piece.split(word)
      for (let count = 1; count < parts.length; count++) removed.push(word)
      return parts
    })
  }
  return { rest: pieces.filter((piece) => piece !== ''), removed }
}
