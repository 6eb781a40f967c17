import { z } from 'zod'

/**
 * Records keyed by entry or pack ids (a library's notes, a pack's remembered titles). An id is
 * user data, and `constructor` is a valid one: a plain `{}` answers `record.constructor` with
 * Object's own function, so a missing note looks present and a merge skips it. Every read goes
 * through `ownValue` (a record that crossed IPC or structured clone has Object.prototype again),
 * and every record we build has no prototype at all.
 */
export type IdRecord<T> = Readonly<Record<string, T>>

/** The value stored under `id` itself, never one inherited from Object.prototype. */
export function ownValue<T>(record: IdRecord<T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined
}

/** A prototype-less copy of `entries`: even `__proto__` becomes an ordinary key. */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>
  for (const [id, value] of entries) {
    Object.defineProperty(record, id, { value, enumerable: true, writable: true, configurable: true })
  }
  return record
}

/** A copy of `record` with `id` set to `value`. */
export function withId<T>(record: IdRecord<T>, id: string, value: T): Record<string, T> {
  return idRecord([...Object.entries(record).filter(([key]) => key !== id), [id, value] as const])
}

/** A copy of `record` without `id`. */
export function withoutId<T>(record: IdRecord<T>, id: string): Record<string, T> {
  return idRecord(Object.entries(record).filter(([key]) => key !== id))
}

/**
 * z.record for id-keyed records. zod skips an own `__proto__` key without a word (the note under it
 * would vanish on the next save), so such a key is refused here with its path, like any other key
 * that is not an id; what passes comes out prototype-less.
 */
export function idRecordSchema<V extends z.ZodType>(key: z.ZodType<string>, value: V) {
  return z
    .unknown()
    .superRefine((input, context) => {
      if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
        const refused = key.safeParse('__proto__')
        const reason = refused.success ? 'is not allowed' : (refused.error.issues[0]?.message ?? 'is not allowed')
        context.addIssue({ code: 'custom', path: ['__proto__'], message: `key ${reason}` })
      }
    })
    .pipe(z.record(key, value))
    .transform((record) => idRecord(Object.entries(record)))
}
