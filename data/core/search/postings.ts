import type { AsPlainObject } from 'minisearch'
import { SEARCH_FIELDS } from './search-options'
import {
  isSerializedStringColumn,
  parseStrings,
  type SerializedStringColumn,
  stringColumn,
} from './string-column'
import { decodeVarints, encodeVarints, VarintReader, VarintWriter } from './varint-base64'

/**
 * The inverted index as flat arrays: for term t (in code-unit order) and field f (SEARCH_FIELDS
 * order), documents ranges[t·F + f] to ranges[t·F + f + 1] of `docs`, ascending, with their term
 * frequencies in `freqs`. MiniSearch builds it; this is what is kept of it.
 */
export interface Postings {
  documentCount: number
  terms: string[]
  ranges: Uint32Array
  docs: Uint32Array
  /** One byte each when no frequency passes 255 (nearly always), else two. */
  freqs: Uint8Array | Uint16Array
  /** Distinct terms per document and field (MiniSearch's measure), document-major. */
  fieldLengths: Uint32Array
  /** MiniSearch's running average per field, kept as it computed it so scores stay its scores. */
  averageFieldLength: number[]
}

export const FIELD_COUNT = SEARCH_FIELDS.length
const MAX_FREQ = 0xffff

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * MiniSearch's plain object to flat arrays. Short ids are MiniSearch's insertion order, which is
 * the document order of the stored fields; checked rather than assumed.
 */
export function postingsFromMiniSearch(plain: AsPlainObject): Postings {
  const documentCount = plain.documentCount
  if (plain.nextId !== documentCount)
    throw new Error('the index was built with removals; document ids are not dense')
  for (let doc = 0; doc < documentCount; doc++) {
    if (plain.documentIds[String(doc)] === undefined)
      throw new Error(`document ${doc} is missing from the index`)
  }
  const fieldIds = SEARCH_FIELDS.map((field) => {
    const id = plain.fieldIds[field]
    if (id === undefined) throw new Error(`field ${field} is missing from the index`)
    return String(id)
  })
  const entries = [...plain.index].sort(([a], [b]) => byCodeUnit(a, b))
  let total = 0
  for (const [, byField] of entries) {
    for (const id of fieldIds) total += Object.keys(byField[id] ?? {}).length
  }
  const ranges = new Uint32Array(entries.length * FIELD_COUNT + 1)
  const docs = new Uint32Array(total)
  const freqs = new Uint16Array(total)
  let at = 0
  entries.forEach(([, byField], term) => {
    fieldIds.forEach((id, field) => {
      const frequencies = byField[id] ?? {}
      const ids = Object.keys(frequencies)
        .map(Number)
        .sort((a, b) => a - b)
      for (const doc of ids) {
        docs[at] = doc
        freqs[at] = Math.min(MAX_FREQ, frequencies[String(doc)] ?? 0)
        at++
      }
      ranges[term * FIELD_COUNT + field + 1] = at
    })
  })
  const fieldLengths = new Uint32Array(documentCount * FIELD_COUNT)
  for (let doc = 0; doc < documentCount; doc++) {
    const lengths = plain.fieldLength[String(doc)] ?? []
    fieldIds.forEach((id, field) => {
      fieldLengths[doc * FIELD_COUNT + field] = lengths[Number(id)] ?? 0
    })
  }
  return {
    documentCount,
    terms: entries.map(([term]) => term),
    ranges,
    docs,
    freqs: narrowFrequencies(freqs),
    fieldLengths,
    averageFieldLength: fieldIds.map((id) => plain.averageFieldLength[Number(id)] ?? 0),
  }
}

export interface SerializedPostings {
  documentCount: number
  fields: string[]
  averageFieldLength: number[]
  termCount: number
  terms: SerializedStringColumn
  /** Postings per term and field. */
  counts: string
  /**
   * Per posting list: the first document, then gaps to the next, each doubled, plus one when the
   * term occurs more than once in the document (most occur once: their frequency costs nothing).
   */
  docs: string
  /** The frequencies above one, minus two, in posting order. */
  freqs: string
  fieldLengths: string
}

export function serializePostings(postings: Postings): SerializedPostings {
  const counts = new Uint32Array(postings.ranges.length - 1)
  const docs = new VarintWriter()
  const freqs = new VarintWriter()
  for (let list = 0; list < counts.length; list++) {
    const start = postings.ranges[list] ?? 0
    const end = postings.ranges[list + 1] ?? 0
    counts[list] = end - start
    let previous = 0
    for (let at = start; at < end; at++) {
      const doc = postings.docs[at] ?? 0
      const freq = postings.freqs[at] ?? 1
      docs.push((doc - previous) * 2 + (freq > 1 ? 1 : 0))
      if (freq > 1) freqs.push(freq - 2)
      previous = doc
    }
  }
  return {
    documentCount: postings.documentCount,
    fields: [...SEARCH_FIELDS],
    averageFieldLength: postings.averageFieldLength,
    termCount: postings.terms.length,
    terms: stringColumn(postings.terms).serialize(),
    counts: encodeVarints(counts),
    docs: docs.toBase64(),
    freqs: freqs.toBase64(),
    fieldLengths: encodeVarints(postings.fieldLengths),
  }
}

/** Throws RangeError on damage; the caller reports it as a corrupt pack. */
export function parsePostings(value: unknown): Postings {
  if (!isSerializedPostings(value)) throw new RangeError('postings have an unknown shape')
  if (value.fields.join('\n') !== SEARCH_FIELDS.join('\n'))
    throw new RangeError('the index has other fields than this app searches')
  const { documentCount, termCount } = value
  const column = parseStrings(value.terms, termCount)
  const terms = Array.from({ length: termCount }, (_, term) => column.get(term))
  const counts = decodeVarints(value.counts, termCount * FIELD_COUNT)
  const ranges = new Uint32Array(counts.length + 1)
  for (let list = 0; list < counts.length; list++)
    ranges[list + 1] = (ranges[list] ?? 0) + (counts[list] ?? 0)
  const { docs, freqs } = decodeLists(value, counts, ranges[counts.length] ?? 0)
  return {
    documentCount,
    terms,
    ranges,
    docs,
    freqs,
    fieldLengths: decodeVarints(value.fieldLengths, documentCount * FIELD_COUNT),
    averageFieldLength: value.averageFieldLength,
  }
}

function isSerializedPostings(value: unknown): value is SerializedPostings {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    Number.isInteger(record.documentCount) &&
    Number.isInteger(record.termCount) &&
    Array.isArray(record.fields) &&
    Array.isArray(record.averageFieldLength) &&
    record.averageFieldLength.length === FIELD_COUNT &&
    record.averageFieldLength.every((length) => typeof length === 'number') &&
    isSerializedStringColumn(record.terms) &&
    ['counts', 'docs', 'freqs', 'fieldLengths'].every((key) => typeof record[key] === 'string')
  )
}

/** Documents and frequencies of every posting list, checked as they are read. */
function decodeLists(
  value: SerializedPostings,
  counts: Uint32Array,
  total: number,
): { docs: Uint32Array; freqs: Uint8Array | Uint16Array } {
  const docs = new Uint32Array(total)
  let freqs: Uint8Array | Uint16Array = new Uint8Array(total)
  const gaps = new VarintReader(value.docs)
  const extra = new VarintReader(value.freqs)
  let at = 0
  for (let list = 0; list < counts.length; list++) {
    const end = at + (counts[list] ?? 0)
    let doc = 0
    for (let first = true; at < end; at++, first = false) {
      const code = gaps.next()
      const gap = code >>> 1
      doc += gap
      if ((gap === 0 && !first) || doc >= value.documentCount)
        throw new RangeError('posting lists out of order or past the last document')
      docs[at] = doc
      let freq = 1
      if ((code & 1) === 1) {
        freq = extra.next() + 2
        if (freq > MAX_FREQ) throw new RangeError('term frequency out of range')
        if (freq > 0xff && freqs instanceof Uint8Array) freqs = Uint16Array.from(freqs)
      }
      freqs[at] = freq
    }
  }
  if (!gaps.done || !extra.done) throw new RangeError('more postings than counted')
  return { docs, freqs }
}

function narrowFrequencies(freqs: Uint16Array | Uint32Array): Uint8Array | Uint16Array {
  let max = 0
  for (let at = 0; at < freqs.length; at++) max = Math.max(max, freqs[at] ?? 0)
  if (max > MAX_FREQ) throw new RangeError('term frequency out of range')
  return max <= 0xff ? Uint8Array.from(freqs) : Uint16Array.from(freqs)
}
