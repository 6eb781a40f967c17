/**
 * Unsigned integers as LEB128 varints in base64: how the search index stores its numbers inside a
 * JSON text column. Plain JavaScript on both sides (no Buffer, no atob), so the same code decodes
 * in Node, Electron and a browser worker; a JSON array of numbers would parse several times slower.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const CHUNK = 0x2000

const DECODE = new Uint8Array(128).fill(255)
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i

/** Appends varints to a growing byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(1024)
  private length = 0

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

  toBase64(): string {
    return encodeBase64(this.bytes.subarray(0, this.length))
  }
}

/** Reads back what a VarintWriter wrote, one value at a time. */
export class VarintReader {
  private readonly bytes: Uint8Array
  private at = 0

  constructor(base64: string) {
    this.bytes = decodeBase64(base64)
  }

  /** Fills `into` with the next values. */
  readInto(into: Uint32Array): void {
    for (let i = 0; i < into.length; i++) into[i] = this.next()
  }

  next(): number {
    const bytes = this.bytes
    let at = this.at
    let byte = bytes[at++] ?? 0x100
    let value = byte & 0x7f
    // Most values fit one or two bytes; the loop takes the rest, up to five (35 bits).
    if (byte >= 0x80) {
      byte = bytes[at++] ?? 0x100
      value |= (byte & 0x7f) << 7
      let scale = 0x4000
      while (byte >= 0x80) {
        if (scale >= 0x800000000 || byte === 0x100) throw new RangeError('varint damaged')
        byte = bytes[at++] ?? 0x100
        value += (byte & 0x7f) * scale
        scale *= 128
      }
    }
    if (at > bytes.length || value > 0xffffffff) throw new RangeError('varint damaged')
    this.at = at
    return value
  }

  /** True when every byte was read: a length mismatch means the index is damaged. */
  get done(): boolean {
    return this.at === this.bytes.length
  }
}

/** Convenience for short lists: all values of an array, in order. */
export function encodeVarints(values: ArrayLike<number>): string {
  const writer = new VarintWriter()
  for (let i = 0; i < values.length; i++) writer.push(values[i] ?? 0)
  return writer.toBase64()
}

export function decodeVarints(base64: string, count: number): Uint32Array {
  const reader = new VarintReader(base64)
  const values = new Uint32Array(count)
  reader.readInto(values)
  if (!reader.done) throw new RangeError('varint data longer than expected')
  return values
}

export function encodeBase64(bytes: Uint8Array): string {
  const chunks: string[] = []
  const codes = new Uint8Array(CHUNK)
  let filled = 0
  const emit = (code: number) => {
    codes[filled++] = code
    if (filled === CHUNK) {
      chunks.push(String.fromCharCode(...codes))
      filled = 0
    }
  }
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const triple = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    emit(ALPHABET.charCodeAt(triple >> 18))
    emit(ALPHABET.charCodeAt((triple >> 12) & 63))
    emit(ALPHABET.charCodeAt((triple >> 6) & 63))
    emit(ALPHABET.charCodeAt(triple & 63))
  }
  const left = bytes.length - i
  if (left > 0) {
    const triple = ((bytes[i] ?? 0) << 16) | (left === 2 ? (bytes[i + 1] ?? 0) << 8 : 0)
    emit(ALPHABET.charCodeAt(triple >> 18))
    emit(ALPHABET.charCodeAt((triple >> 12) & 63))
    emit(left === 2 ? ALPHABET.charCodeAt((triple >> 6) & 63) : 61)
    emit(61)
  }
  chunks.push(String.fromCharCode(...codes.subarray(0, filled)))
  return chunks.join('')
}

export function decodeBase64(text: string): Uint8Array {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--
  if (text.length % 4 !== 0 || text.length - end > 2) throw new RangeError('not base64')
  const bytes = new Uint8Array(Math.floor((end * 3) / 4))
  const table = DECODE
  let out = 0
  let at = 0
  // Four characters to three bytes at a time; a character outside the alphabet sets bit 6 or 7
  // of the table entry (255) or of its code (non-ASCII), which the OR below catches.
  for (const whole = end - (end % 4); at < whole; at += 4) {
    const a = text.charCodeAt(at)
    const b = text.charCodeAt(at + 1)
    const c = text.charCodeAt(at + 2)
    const d = text.charCodeAt(at + 3)
    const sa = table[a & 127] ?? 255
    const sb = table[b & 127] ?? 255
    const sc = table[c & 127] ?? 255
    const sd = table[d & 127] ?? 255
    if (((a | b | c | d) & ~127) !== 0 || ((sa | sb | sc | sd) & 192) !== 0)
      throw new RangeError('not base64')
    bytes[out++] = (sa << 2) | (sb >> 4)
    bytes[out++] = ((sb & 15) << 4) | (sc >> 2)
    bytes[out++] = ((sc & 3) << 6) | sd
  }
  let buffer = 0
  let bits = 0
  for (; at < end; at++) {
    const code = text.charCodeAt(at)
    const sextet = code < 128 ? (table[code] ?? 255) : 255
    if (sextet === 255) throw new RangeError('not base64')
    buffer = ((buffer << 6) | sextet) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[out++] = (buffer >> bits) & 0xff
    }
  }
  return bytes
}
