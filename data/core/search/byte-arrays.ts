/**
 * The index's numbers as the pack stores them: little-endian arrays in BLOB columns, read back as
 * typed arrays over the very bytes SQLite hands out, without a pass over them. Typed arrays use
 * the platform's byte order, so a big-endian machine (none we ship to) refuses the index instead
 * of misreading it.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

export type NumberArray = Uint8Array | Uint16Array | Uint32Array | Int32Array
/** Unsigned values stored in the narrowest width that holds the largest of them. */
export type UintArray = Uint8Array | Uint16Array | Uint32Array

type ArrayKind = 'u8' | 'u16' | 'u32' | 'i32'

const WIDTH: Record<ArrayKind, number> = { u8: 1, u16: 2, u32: 4, i32: 4 }

/** Bytes of a typed array, as stored. */
export function bytesOf(array: NumberArray): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
}

/**
 * A typed array over `bytes` holding `count` values (any count when undefined). Views share the
 * bytes when they are aligned, which a fresh BLOB read always is; only a misaligned slice is copied.
 */
export function view(bytes: Uint8Array, kind: 'u8', count?: number): Uint8Array
export function view(bytes: Uint8Array, kind: 'u16', count?: number): Uint16Array
export function view(bytes: Uint8Array, kind: 'u32', count?: number): Uint32Array
export function view(bytes: Uint8Array, kind: 'i32', count?: number): Int32Array
export function view(bytes: Uint8Array, kind: ArrayKind, count?: number): NumberArray {
  if (!LITTLE_ENDIAN) throw new RangeError('this machine is big-endian; the index is little-endian')
  const width = WIDTH[kind]
  if (bytes.byteLength % width !== 0) throw new RangeError(`a ${kind} array of ${bytes.byteLength} bytes`)
  const length = bytes.byteLength / width
  if (count !== undefined && length !== count) throw new RangeError(`${length} values where ${count} were expected`)
  const aligned = bytes.byteOffset % width === 0 ? bytes : bytes.slice()
  switch (kind) {
    case 'u8':
      return aligned
    case 'u16':
      return new Uint16Array(aligned.buffer, aligned.byteOffset, length)
    case 'u32':
      return new Uint32Array(aligned.buffer, aligned.byteOffset, length)
    case 'i32':
      return new Int32Array(aligned.buffer, aligned.byteOffset, length)
  }
}

/**
 * The values as bytes of the narrowest unsigned width holding them all (1, 2 or 4 bytes each), or
 * null when every value is 0: a column that is all zero (no types in a folder pack, no years) is
 * not stored at all.
 */
export function narrowBytes(values: ArrayLike<number>): Uint8Array | null {
  let max = 0
  for (let at = 0; at < values.length; at++) max = Math.max(max, values[at] ?? 0)
  if (max === 0) return null
  if (max <= 0xff) return Uint8Array.from(values)
  return bytesOf(max <= 0xffff ? Uint16Array.from(values) : Uint32Array.from(values))
}

/** Reads what narrowBytes wrote: the width is the byte length over the count. */
export function narrowView(bytes: Uint8Array, count: number): UintArray {
  if (bytes.byteLength === count) return bytes
  if (bytes.byteLength === count * 2) return view(bytes, 'u16')
  if (bytes.byteLength === count * 4) return view(bytes, 'u32')
  throw new RangeError(`${bytes.byteLength} bytes for ${count} values`)
}

/**
 * A typed array that grows by half again, for counts not known in advance (the index builder):
 * millions of postings, so the slack past the end is kept to a third.
 */
export class GrowingUint32 {
  private values = new Uint32Array(1024)
  length = 0

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(Math.ceil(this.values.length * 1.5))
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }

  get(at: number): number {
    return this.values[at] ?? 0
  }

  /** The values pushed, as an array of their own size (a copy). */
  toArray(): Uint32Array {
    return this.values.slice(0, this.length)
  }

  /** Lets the memory go. */
  clear(): void {
    this.values = new Uint32Array(0)
    this.length = 0
  }
}

/**
 * Unsigned integers as LEB128 varints: seven bits a byte, low bits first, the high bit set on
 * every byte but the last. Posting lists are stored this way (most gaps fit one byte) and decoded
 * a list at a time, when a query reads them.
 */
export class VarintWriter {
  private bytes = new Uint8Array(4096)
  length = 0

  push(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
      throw new RangeError(`varint out of range: ${value}`)
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2)
      grown.set(this.bytes.subarray(0, this.length))
      this.bytes = grown
    }
    let rest = value
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80
      rest = Math.floor(rest / 128)
    }
    this.bytes[this.length++] = rest
  }

  /** Drops what was written from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length)
  }

  /** True when bytes [a, aEnd) equal [b, bEnd). */
  sameBytes(a: number, aEnd: number, b: number, bEnd: number): boolean {
    if (aEnd - a !== bEnd - b || a < 0) return false
    for (let at = 0; at < aEnd - a; at++) if (this.bytes[a + at] !== this.bytes[b + at]) return false
    return true
  }

  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }
}
