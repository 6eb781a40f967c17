/**
 * Runs tasks one after another in the order they were queued, so two saves of the library never
 * interleave their steps. A failed task does not stop the ones behind it.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return (task) => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
