import { narrowBytes, narrowView, type UintArray, VarintWriter } from './byte-arrays'
import type { IndexParts } from './index-parts'
import type { LazyParts } from './lazy-parts'
import type { SortedStrings } from './sorted-strings'
import { stringColumn, type StringColumn } from './string-column'

/**
 * The term dictionary and its posting lists, in blocks of TERMS_PER_BLOCK terms (sorted by code
 * unit; a term's id is its position). Each block is two sets of parts read when a query first
 * needs them: its terms (`terms.<b>.*`), and its posting lists (`lists.<b>.*`), so typo tolerance
 * can walk every term without reading any postings. `terms.firsts` holds each block's first term:
 * a lookup finds its block there and reads that block alone.
 *
 * A term has one list per field it occurs in, fields ascending. A list is a run of varints in the
 * block's postings: the number of documents, then per document the gap from the previous one
 * doubled, plus one when the term occurs more than once (the frequency minus two follows). A list
 * identical to the one before it in the same term (a word without marks is the same in an exact
 * field and its folded twin) is flagged and shares its bytes.
 */

export const TERMS_PER_BLOCK = 4096
/** Set on a list's field: its postings are those of the previous list of the same term. */
const SAME_AS_PREVIOUS = 0x80
const FIELD_BITS = 0x7f

/** One block's lists: termLists[t]..termLists[t + 1] are those of the block's term t. */
export interface ListBlock {
  termLists: UintArray
  listFields: Uint8Array
  listEnds: UintArray
  postings: Uint8Array
}

/** The lists of one term: `first` up to `last` in `block`. */
export interface TermLists {
  block: ListBlock
  first: number
  last: number
}

export function listField(block: ListBlock, list: number): number {
  return (block.listFields[list] ?? 0) & FIELD_BITS
}

/** Where the list's bytes start (its document count first) and end in `block.postings`. */
export function listStart(block: ListBlock, list: number): number {
  let at = list
  while (at > 0 && ((block.listFields[at] ?? 0) & SAME_AS_PREVIOUS) !== 0) at--
  return at === 0 ? 0 : (block.listEnds[at - 1] ?? 0)
}

/** The varint at `at`, and where the next one starts; -1 as the value when the bytes end first. */
export function readVarint(bytes: Uint8Array, at: number, end: number): [number, number] {
  let value = 0
  let scale = 1
  while (at < end) {
    const byte = bytes[at++] ?? 0
    value += (byte & 0x7f) * scale
    if (byte < 0x80) return [value, at]
    scale *= 128
  }
  return [-1, at]
}

/** Documents in the list (its first varint). */
export function listCount(block: ListBlock, list: number): number {
  return Math.max(0, readVarint(block.postings, listStart(block, list), block.listEnds[list] ?? 0)[0])
}

/** Writes the blocks of `terms` (sorted), whose lists `listsOf` encodes, field by field. */
export function writeTermBlocks(
  parts: IndexParts,
  terms: readonly string[],
  listsOf: (term: number, visit: (field: number, encode: (writer: VarintWriter) => void) => void) => void,
): void {
  const firsts: string[] = []
  for (let start = 0; start < terms.length; start += TERMS_PER_BLOCK) {
    const block = firsts.length
    const blockTerms = terms.slice(start, start + TERMS_PER_BLOCK)
    firsts.push(blockTerms[0] ?? '')
    const termLists = [0]
    const fields: number[] = []
    const ends: number[] = []
    const postings = new VarintWriter()
    blockTerms.forEach((_, local) => {
      let previousStart = -1
      listsOf(start + local, (field, encode) => {
        const begin = postings.length
        encode(postings)
        const previousEnd = ends.length > (termLists[local] ?? 0) ? (ends[ends.length - 1] ?? 0) : -1
        const same = previousStart >= 0 && postings.sameBytes(previousStart, previousEnd, begin, postings.length)
        if (same) postings.truncate(begin)
        else previousStart = begin
        fields.push(field | (same ? SAME_AS_PREVIOUS : 0))
        ends.push(postings.length)
      })
      termLists.push(fields.length)
    })
    stringColumn(blockTerms).writeTo(parts, `terms.${block}`)
    parts.set(`lists.${block}.terms`, narrowBytes(termLists) ?? new Uint8Array(termLists.length))
    parts.set(`lists.${block}.fields`, Uint8Array.from(fields))
    parts.set(`lists.${block}.ends`, narrowBytes(ends) ?? new Uint8Array(ends.length))
    parts.set(`lists.${block}.postings`, postings.toBytes())
  }
  stringColumn(firsts).writeTo(parts, 'terms.firsts')
}

/** The dictionary over the stored blocks, each read on first use. */
export class TermDictionary implements SortedStrings {
  private readonly firsts: StringColumn
  private readonly blockCount: number
  private readonly texts: (StringColumn | undefined)[] = []
  private readonly lists: (ListBlock | undefined)[] = []

  constructor(
    private readonly parts: LazyParts,
    readonly size: number,
    private readonly fieldCount: number,
  ) {
    this.blockCount = Math.ceil(size / TERMS_PER_BLOCK)
    this.firsts = parts.strings('terms.firsts', this.blockCount)
  }

  get(id: number): string {
    const block = Math.floor(id / TERMS_PER_BLOCK)
    return id < 0 || id >= this.size ? '' : this.textBlock(block).get(id - block * TERMS_PER_BLOCK)
  }

  /** The first term id whose term is not below `key`, reading one block. */
  lowerBound(key: string): number {
    let low = 0
    let high = this.blockCount
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.firsts.get(middle) <= key) low = middle + 1
      else high = middle
    }
    const block = low - 1
    if (block < 0) return 0
    const terms = this.textBlock(block)
    let from = 0
    let to = terms.size
    while (from < to) {
      const middle = (from + to) >>> 1
      if (terms.get(middle) < key) from = middle + 1
      else to = middle
    }
    return block * TERMS_PER_BLOCK + from
  }

  /** The term's lists. */
  termLists(id: number): TermLists {
    const block = Math.floor(id / TERMS_PER_BLOCK)
    const lists = this.listBlock(block)
    const local = id - block * TERMS_PER_BLOCK
    return { block: lists, first: lists.termLists[local] ?? 0, last: lists.termLists[local + 1] ?? 0 }
  }

  /** Documents holding the term in any of `fields`, counted per field. */
  postingCount(id: number, fields: readonly number[]): number {
    const { block, first, last } = this.termLists(id)
    let count = 0
    for (let list = first; list < last; list++) {
      if (fields.includes(listField(block, list))) count += listCount(block, list)
    }
    return count
  }

  private textBlock(block: number): StringColumn {
    let terms = this.texts[block]
    if (terms === undefined) {
      const size = Math.min(TERMS_PER_BLOCK, this.size - block * TERMS_PER_BLOCK)
      terms = this.parts.strings(`terms.${block}`, size)
      this.texts[block] = terms
    }
    return terms
  }

  private listBlock(block: number): ListBlock {
    let lists = this.lists[block]
    if (lists === undefined) {
      lists = this.parts.checked(`lists.${block}`, () => this.readListBlock(block))
      this.lists[block] = lists
    }
    return lists
  }

  private readListBlock(block: number): ListBlock {
    const size = Math.min(TERMS_PER_BLOCK, this.size - block * TERMS_PER_BLOCK)
    const name = `lists.${block}`
    const termLists = narrowView(this.parts.required(`${name}.terms`), size + 1)
    const listFields = this.parts.required(`${name}.fields`)
    const count = listFields.length
    const listEnds = narrowView(this.parts.required(`${name}.ends`), count)
    const postings = this.parts.required(`${name}.postings`)
    if (termLists[0] !== 0 || termLists[size] !== count) throw new RangeError(`${name}: term lists do not add up`)
    for (let term = 0; term < size; term++) {
      const first = termLists[term] ?? 0
      if ((termLists[term + 1] ?? 0) <= first) throw new RangeError(`${name}: a term without lists`)
      if (((listFields[first] ?? 0) & SAME_AS_PREVIOUS) !== 0) throw new RangeError(`${name}: a list shares nothing`)
    }
    let previous = 0
    for (let list = 0; list < count; list++) {
      const end = listEnds[list] ?? 0
      const flags = listFields[list] ?? 0
      const shared = (flags & SAME_AS_PREVIOUS) !== 0
      if ((flags & FIELD_BITS) >= this.fieldCount || end < previous || (shared && end !== previous))
        throw new RangeError(`${name}: posting lists are damaged`)
      previous = end
    }
    if (previous !== postings.length) throw new RangeError(`${name}: posting lists do not add up`)
    return { termLists, listFields, listEnds, postings }
  }
}

