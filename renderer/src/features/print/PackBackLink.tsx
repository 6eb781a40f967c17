import { routeHref } from '../../routing/routes'
import { canGoBackInApp } from '../../routing/useScrollRestoration'
import { STRINGS } from '../../strings'

/**
 * The way out of a pack's print preview: to the stored pack it prints; for a pack given in the
 * address, back to the page the reader came from, or, opened from a shared link with nothing in
 * the app before it, to the list of packs.
 */
export function PackBackLink({ storedId }: { storedId: string | null }) {
  if (storedId !== null) {
    return (
      <a className="print-toolbar__back" href={routeHref({ name: 'pack', id: storedId })}>
        {STRINGS.print.pack.backToPack}
      </a>
    )
  }
  if (canGoBackInApp()) {
    return (
      <button type="button" className="print-toolbar__back print-toolbar__back--button" onClick={() => window.history.back()}>
        {STRINGS.print.pack.back}
      </button>
    )
  }
  return (
    <a className="print-toolbar__back" href={routeHref({ name: 'packs' })}>
      {STRINGS.print.pack.allPacks}
    </a>
  )
}
