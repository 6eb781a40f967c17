/**
 * UTF-8 through the runtime's TextEncoder and TextDecoder (Node, Electron, browsers and workers
 * all have them): the core is compiled without DOM or Node types, so their shape is declared here
 * instead of pulling either library in.
 */
interface Utf8Codecs {
  TextEncoder: new () => { encode(text: string): Uint8Array }
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes: Uint8Array): string }
}

const codecs = globalThis as unknown as Utf8Codecs
const encoder = new codecs.TextEncoder()
// Fatal: bytes that are not UTF-8 mean a damaged index, not text to guess at.
const decoder = new codecs.TextDecoder('utf-8', { fatal: true })

export const encodeUtf8 = (text: string): Uint8Array => encoder.encode(text)

/** Throws on bytes that are not UTF-8. */
export const decodeUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes)
