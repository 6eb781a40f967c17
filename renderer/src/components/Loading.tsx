import { STRINGS } from '../strings'

export function Loading() {
  return (
    <p className="loading" role="status" aria-live="polite">
      {STRINGS.loading}
    </p>
  )
}
