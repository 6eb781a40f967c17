import { CatalogError } from '../error-codes'
import { narrowView, type UintArray } from './byte-arrays'
import type { PartReader } from './index-parts'
import { readStringColumn, type StringColumn } from './string-column'

/**
 * The index's parts, each read from the pack the first time a query needs it and kept. Opening
 * reads the header only; the first search reads the term blocks and columns it touches (a few
 * hundred kilobytes of a 25 MB index), so a large pack answers at once. A part is checked when
 * it is read, for what could send a query out of bounds; a damaged part fails the query that read
 * it with CatalogError 'pack-corrupt'.
 */
export class LazyParts {
  private readonly uintColumns = new Map<string, UintArray>()
  private readonly stringColumns = new Map<string, StringColumn>()

  constructor(private readonly read: PartReader) {}

  /** A part's bytes, read now (not kept here: the typed views over them are). */
  bytes(name: string): Uint8Array | null {
    return this.read(name)
  }

  required(name: string): Uint8Array {
    const bytes = this.read(name)
    if (bytes === null) throw new RangeError(`the index has no ${name}`)
    return bytes
  }

  /**
   * `count` unsigned values (narrowBytes' encoding; all zero when the part is absent). Only the
   * length is checked here, never the values: a pass over a 126 000-value column cost more than
   * the query that read it. The readers check a value where it could point past a table
   * (stored-fields.ts, source-groups.ts); anywhere else a damaged value can only give a wrong
   * answer, since a typed array read out of range gives undefined, never foreign memory.
   */
  uints(name: string, count: number): UintArray {
    let column = this.uintColumns.get(name)
    if (column === undefined) {
      column = this.checked(name, () => {
        const bytes = this.read(name)
        return bytes === null ? new Uint8Array(count) : narrowView(bytes, count)
      })
      this.uintColumns.set(name, column)
    }
    return column
  }

  strings(name: string, count: number): StringColumn {
    let column = this.stringColumns.get(name)
    if (column === undefined) {
      column = this.checked(name, () => readStringColumn(this.read, name, count))
      this.stringColumns.set(name, column)
    }
    return column
  }

  /** Runs a part's reading and checks; damage found there is a corrupt pack. */
  checked<T>(name: string, load: () => T): T {
    try {
      return load()
    } catch (error) {
      if (error instanceof CatalogError) throw error
      throw new CatalogError('pack-corrupt', `search index part ${name} is damaged: ${String(error)}`)
    }
  }
}
