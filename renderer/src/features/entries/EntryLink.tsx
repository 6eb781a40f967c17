import type { EntryRef } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'

/** A link to an entry; the link preview recognises it by its `#/entry/` address. */
export function EntryLink({ entry, className }: { entry: EntryRef; className?: string }) {
  return (
    <a className={className} href={routeHref({ name: 'entry', id: entry.id })} data-entry={entry.id}>
      {entry.title}
    </a>
  )
}
