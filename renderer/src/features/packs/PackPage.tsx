import { findPack } from '../../../../data/core/library/briefing-packs'
import { routeHref } from '../../routing/routes'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { useEntryIndex } from '../library/useEntryIndex'
import { getLibrary } from '../library/library-state'
import { useLibrary } from '../library/useLibrary'
import { deletePackWithUndo, duplicateExistingPack, packTitle } from './pack-actions'
import { PackDetailsForm } from './PackDetailsForm'
import { PackEntryList } from './PackEntryList'
import { PackNotFound } from './PackNotFound'

/** #/pack/<id>: one briefing pack's details and its entries in print order. */
export function PackPage({ id }: { id: string }) {
  const pack = findPack(useLibrary(), id)
  const index = useEntryIndex()
  const title = pack ? packTitle(pack.title) : STRINGS.packs.notFound
  usePageTitle(title)
  if (!pack) return <PackNotFound />
  return (
    <article className="page pack-page" data-pack-id={pack.id}>
      <a className="page__back" href={routeHref({ name: 'packs' })}>
        {STRINGS.packs.back}
      </a>
      <header className="pack-page__header">
        <p className="entry__type">{STRINGS.packs.heading}</p>
        <h1 className="page__title">{title}</h1>
        <div className="pack-page__actions">
          <a className="button" href={routeHref({ name: 'print-pack', id: pack.id, preset: getLibrary().settings.printPreset })}>
            {STRINGS.packs.print}
          </a>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const copy = duplicateExistingPack(pack.id)
              if (copy) window.location.hash = routeHref({ name: 'pack', id: copy })
            }}
          >
            {STRINGS.packs.duplicate}
          </button>
          <button
            type="button"
            className="button button--quiet button--danger"
            onClick={() => {
              window.location.hash = routeHref({ name: 'packs' })
              deletePackWithUndo(pack.id)
            }}
          >
            {STRINGS.packs.delete}
          </button>
        </div>
      </header>
      <PackDetailsForm key={pack.id} pack={pack} />
      <section className="pack-page__entries" aria-labelledby="pack-entries">
        <h2 id="pack-entries" className="section-title">
          {STRINGS.packs.entries} <span className="library-section__count">{pack.entryIds.length}</span>
        </h2>
        <p className="muted">{STRINGS.packs.entriesHint}</p>
        <PackEntryList pack={pack} index={index} />
      </section>
    </article>
  )
}
