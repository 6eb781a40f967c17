import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'

/**
 * A pack with no entries has nothing to print but an empty cover and contents: say so, and where
 * packs are made, instead of offering two blank pages to the printer.
 */
export function EmptyPackNotice({ storedId, title }: { storedId: string | null; title: string }) {
  return (
    <article className="page empty-pack">
      <h1 className="page__title">{STRINGS.print.pack.emptyTitle}</h1>
      {storedId !== null ? (
        <>
          <p className="page__lead">{STRINGS.print.pack.emptyStored(title)}</p>
          <p>
            <a className="button" href={routeHref({ name: 'pack', id: storedId })}>
              {STRINGS.print.pack.backToPack}
            </a>
          </p>
        </>
      ) : (
        <>
          <p className="page__lead">{STRINGS.print.pack.emptyAddress}</p>
          <p>{STRINGS.print.pack.emptyAddressFormat}</p>
          <p>
            <code className="empty-pack__example">{STRINGS.print.pack.emptyAddressExample}</code>
          </p>
          <p>
            <a className="button" href={routeHref({ name: 'packs' })}>
              {STRINGS.print.pack.makePack}
            </a>
          </p>
        </>
      )}
    </article>
  )
}
