import type { Database } from 'sql.js'
import { buildShippedPack, editedPackBytes } from './pack'

/** A view that never ends if anyone reads it: it counts upwards for ever. */
export const ENDLESS_VIEW =
  'CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r'

function pageSizeOf(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint16(16)
}

/** The shipped pack cut at a page boundary half-way through. */
export async function truncatedPack(): Promise<Uint8Array> {
  const { bytes } = await buildShippedPack()
  const pageSize = pageSizeOf(bytes)
  return bytes.slice(0, Math.floor(bytes.length / pageSize / 2) * pageSize)
}

/** The shipped pack with garbage over pages in its middle: the header and page 1 are intact. */
export async function packWithCorruptPage(): Promise<Uint8Array> {
  const { bytes } = await buildShippedPack()
  const pageSize = pageSizeOf(bytes)
  const damaged = bytes.slice()
  const middlePage = Math.floor(damaged.length / pageSize / 2)
  damaged.fill(0xff, middlePage * pageSize, (middlePage + 2) * pageSize)
  return damaged
}

/** The shipped pack with one more statement run on it (a view, a trigger, another version). */
export function shippedPackWith(sql: string): Promise<Uint8Array> {
  return editedPackBytes((db: Database) => db.run(sql))
}
