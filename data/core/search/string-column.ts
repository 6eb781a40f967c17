import { decodeVarints, encodeVarints } from './varint-base64'

/**
 * Many strings kept as one: a quarter of a million paragraphs as separate strings cost a header
 * each and take as long to parse; one joined string with offsets is a single JSON value to parse
 * and a single heap object to keep. `get` slices on demand (V8 slices share the parent's memory).
 */
export class StringColumn {
  constructor(
    private readonly joined: string,
    private readonly offsets: Uint32Array,
  ) {}

  get size(): number {
    return this.offsets.length - 1
  }

  get(index: number): string {
    return this.joined.slice(this.offsets[index] ?? 0, this.offsets[index + 1] ?? 0)
  }

  serialize(): SerializedStringColumn {
    const lengths = new Uint32Array(this.size)
    for (let i = 0; i < lengths.length; i++)
      lengths[i] = (this.offsets[i + 1] ?? 0) - (this.offsets[i] ?? 0)
    return { text: this.joined, lengths: encodeVarints(lengths) }
  }
}

/** What a column looks like in the serialised index. */
export interface SerializedStringColumn {
  text: string
  lengths: string
}

export function stringColumn(values: readonly string[]): StringColumn {
  return columnFromLengths(
    values.join(''),
    values.map((value) => value.length),
  )
}

export function parseStrings(serialized: SerializedStringColumn, count: number): StringColumn {
  return columnFromLengths(serialized.text, decodeVarints(serialized.lengths, count))
}

function columnFromLengths(joined: string, lengths: ArrayLike<number>): StringColumn {
  const offsets = new Uint32Array(lengths.length + 1)
  for (let i = 0; i < lengths.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (lengths[i] ?? 0)
  if (offsets[lengths.length] !== joined.length)
    throw new RangeError('string column lengths do not add up')
  return new StringColumn(joined, offsets)
}

export function isSerializedStringColumn(value: unknown): value is SerializedStringColumn {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.text === 'string' && typeof record.lengths === 'string'
}
