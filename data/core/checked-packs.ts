/**
 * Packs that passed `PRAGMA quick_check`, remembered so that the check (almost a second for a
 * 126 000-entry pack) is paid once per pack, not at every start. The shells keep the record in a
 * small JSON file (desktop: `packs/checked-packs.json` in userData; CLI: the user's cache folder).
 *
 * A record is trusted only while the file is as it was when checked: same path, size and
 * modification time, and the same content hash in its `meta` table (what the pipeline computed
 * from everything the pack was built from). Size and time change with any write through the file
 * system; the content hash catches another pack copied over it with its timestamp kept (`cp -p`,
 * a deployment tool) that happens to have the same size. Hashing the whole file instead would read
 * every byte, which costs about what quick_check costs; damage that leaves size, time and meta row
 * alone (a failing disk) is not caught, as it would not be between two checks either.
 */

export interface CheckedPack {
  path: string
  size: number
  mtimeMs: number
  contentHash: string
}

/** A file as stat saw it. */
export interface PackFileStats {
  size: number
  mtimeMs: number
}

/** Enough for the shipped pack, the user's pack and a few they went back and forth between. */
export const MAX_CHECKED_PACKS = 8
const FORMAT_VERSION = 1

/** The record's packs; anything unreadable is no record (the packs are simply checked again). */
export function parseCheckedPacks(text: string): CheckedPack[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return []
  }
  if (typeof parsed !== 'object' || parsed === null) return []
  const record = parsed as Record<string, unknown>
  if (record.formatVersion !== FORMAT_VERSION || !Array.isArray(record.packs)) return []
  return record.packs.filter(isCheckedPack).slice(0, MAX_CHECKED_PACKS)
}

export function serializeCheckedPacks(packs: readonly CheckedPack[]): string {
  return `${JSON.stringify({ formatVersion: FORMAT_VERSION, packs: packs.slice(0, MAX_CHECKED_PACKS) }, null, 2)}\n`
}

/**
 * The content hash recorded for this file as it is now, or null: unknown, or changed since
 * (size or modification time differ).
 */
export function checkedContentHash(packs: readonly CheckedPack[], path: string, stats: PackFileStats): string | null {
  const found = packs.find((pack) => pack.path === path)
  return found && found.size === stats.size && found.mtimeMs === stats.mtimeMs ? found.contentHash : null
}

/** `pack` first, an older record of its path dropped, the oldest beyond the limit dropped. */
export function withCheckedPack(packs: readonly CheckedPack[], pack: CheckedPack): CheckedPack[] {
  return [pack, ...packs.filter((other) => other.path !== pack.path)].slice(0, MAX_CHECKED_PACKS)
}

export function sameStats(a: PackFileStats, b: PackFileStats): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs
}

function isCheckedPack(value: unknown): value is CheckedPack {
  if (typeof value !== 'object' || value === null) return false
  const pack = value as Record<string, unknown>
  return (
    typeof pack.path === 'string' &&
    typeof pack.contentHash === 'string' &&
    pack.contentHash !== '' &&
    typeof pack.size === 'number' &&
    typeof pack.mtimeMs === 'number'
  )
}
