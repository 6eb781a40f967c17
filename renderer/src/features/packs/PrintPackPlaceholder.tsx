import { findPack } from '../../../../data/core/library/briefing-packs'
import { routeHref } from '../../app/routes'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { useLibrary } from '../library/useLibrary'
import { packTitle } from './pack-actions'

/**
 * PLACEHOLDER for #/print/pack/<id>, owned by the print work of issue 5 (cover, contents, sheets,
 * merged sources). It only lists the pack so the "In gói tài liệu" link leads somewhere; the print
 * composition replaces this file when the two branches are merged.
 */
export function PrintPackPlaceholder({ id }: { id: string }) {
  const pack = findPack(useLibrary(), id)
  usePageTitle(STRINGS.packs.printPlaceholder)
  return (
    <article className="page print-pack-placeholder" data-placeholder="print-pack">
      <a className="page__back" href={routeHref(pack ? { name: 'pack', id } : { name: 'packs' })}>
        ← {pack ? packTitle(pack.title) : STRINGS.packs.heading}
      </a>
      <h1 className="page__title">
        {STRINGS.packs.printPlaceholder}
        {pack && `: ${packTitle(pack.title)}`}
      </h1>
      <p className="page__note">{STRINGS.packs.printPlaceholderNote}</p>
      {pack && (
        <ol>
          {pack.entryIds.map((entryId) => (
            <li key={entryId}>{pack.entryTitles[entryId] ?? entryId}</li>
          ))}
        </ol>
      )}
    </article>
  )
}
