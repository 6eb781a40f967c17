import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'

/**
 * A dictd dictionary (Debian's dict-foldoc, dict-gcide: `<name>.index` beside `<name>.dict.dz`)
 * as documents: one per definition, titled by the first headword that points at it. Several
 * headwords may point at one definition (spellings, inflections) and one headword at several
 * definitions (GCIDE's "Apple", noun and verb): each definition is one document, as each is one
 * article in the ZIM built from the same corpus.
 */

export interface DictDocument {
  title: string
  /** The definition's paragraphs (blank-line separated in the dictionary), lines joined by spaces. */
  paragraphs: string[]
}

export const DICTD_DIR = '/usr/share/dictd'

// dictd's base64 for offsets and lengths: most significant digit first, no padding.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function dictNumber(text: string): number {
  let value = 0
  for (const char of text) {
    const digit = DIGITS.indexOf(char)
    if (digit < 0) throw new Error(`not a dictd number: ${text}`)
    value = value * 64 + digit
  }
  return value
}

export async function readDictionary(name: string, dir = DICTD_DIR): Promise<DictDocument[]> {
  const index = await readFile(`${dir}/${name}.index`, 'utf8')
  // dictzip is gzip with an extra header field: zlib reads it whole.
  const data = gunzipSync(await readFile(`${dir}/${name}.dict.dz`))
  const byPlace = new Map<string, { offset: number; length: number; title: string }>()
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t')
    if (headword === undefined || offset === undefined || length === undefined) continue
    // dictfmt's own records (00-database-info, 00databaseurl, 00-gcide-url...) are not definitions.
    if (/^00-|^00database/.test(headword)) continue
    const key = `${offset}:${length}`
    if (!byPlace.has(key)) byPlace.set(key, { offset: dictNumber(offset), length: dictNumber(length), title: headword.trim() })
  }
  const places = [...byPlace.values()].sort((a, b) => a.offset - b.offset)
  const documents: DictDocument[] = []
  for (const place of places) {
    const text = data.subarray(place.offset, place.offset + place.length).toString('utf8')
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter((paragraph) => paragraph !== '')
    if (place.title !== '' && paragraphs.length > 0) documents.push({ title: place.title, paragraphs })
  }
  return documents
}
