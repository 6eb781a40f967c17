/**
 * How many parts of the page on screen still show "Đang tải…" for their data. Back and Forward
 * wait for none before putting the page back where the reader left it: before that, the page is
 * too short to scroll to the old place.
 */
let pending = 0

export function pendingLoads(): number {
  return pending
}

/** Counts one part as loading until the returned function is called. */
export function startLoad(): () => void {
  pending += 1
  let done = false
  return () => {
    if (done) return
    done = true
    pending -= 1
  }
}
