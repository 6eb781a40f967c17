import { narrowBytes, narrowView, type UintArray } from './byte-arrays'
import type { IndexParts, PartReader } from './index-parts'
import { decodeUtf8, encodeUtf8 } from './utf8'

/**
 * Many strings kept as one: the strings joined (stored as UTF-8) and where each ends (UTF-16
 * units of the joined string, in the narrowest unsigned width that holds them). A quarter of a million titles as separate strings
 * cost a header each and time to build; one string and one typed array load in a single decode,
 * and `get` slices on demand (V8 slices share the parent's memory).
 */
export class StringColumn {
  constructor(
    private readonly joined: string,
    /** ends[i] is where string i ends; it starts where i − 1 ends. Null: every string is empty. */
    private readonly ends: UintArray | null,
    readonly size: number,
  ) {}

  get(index: number): string {
    const ends = this.ends
    if (ends === null || index < 0 || index >= this.size) return ''
    return this.joined.slice(index === 0 ? 0 : (ends[index - 1] ?? 0), ends[index] ?? 0)
  }

  /** Stores the column as `<name>.text` and `<name>.ends`, or nothing when every string is empty. */
  writeTo(parts: IndexParts, name: string): void {
    if (this.ends === null || this.joined === '') return
    parts.set(`${name}.text`, encodeUtf8(this.joined))
    parts.set(`${name}.ends`, narrowBytes(this.ends) ?? new Uint8Array(this.size))
  }
}

export function stringColumn(values: readonly string[]): StringColumn {
  const ends = new Uint32Array(values.length)
  let end = 0
  values.forEach((value, at) => {
    end += value.length
    ends[at] = end
  })
  const joined = values.join('')
  return new StringColumn(joined, joined === '' ? null : ends, values.length)
}

/** Reads a column of `count` strings written by writeTo. Throws RangeError on damage. */
export function readStringColumn(read: PartReader, name: string, count: number): StringColumn {
  const text = read(`${name}.text`)
  const endBytes = read(`${name}.ends`)
  if (text === null && endBytes === null) return new StringColumn('', null, count)
  if (text === null || endBytes === null) throw new RangeError(`column ${name} is half there`)
  const joined = decodeUtf8(text)
  const ends = narrowView(endBytes, count)
  // No pass over the ends: a damaged one only gives a wrong slice (String.slice clamps), never a
  // read outside the string; the last one must still match the text.
  if (count > 0 && ends[count - 1] !== joined.length) throw new RangeError(`column ${name}: lengths do not add up`)
  return new StringColumn(joined, ends, count)
}
