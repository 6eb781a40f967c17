import { routeHref } from '../../routing/routes'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { useLibrary } from '../library/useLibrary'
import { formatMeetingDate } from './meeting-date'
import { createNewPack, deletePackWithUndo, duplicateExistingPack, packTitle } from './pack-actions'

/** #/packs: every briefing pack, to open, duplicate or delete (with undo), and a button for a new one. */
export function PackListPage() {
  usePageTitle(STRINGS.packs.heading)
  const packs = useLibrary().briefingPacks
  return (
    <article className="page packs-page">
      <h1 className="page__title">{STRINGS.packs.heading}</h1>
      <p className="page__lead">{STRINGS.packs.intro}</p>
      <p>
        <button type="button" className="button" onClick={() => (window.location.hash = routeHref({ name: 'pack', id: createNewPack() }))}>
          {STRINGS.packs.create}
        </button>
      </p>
      {packs.length === 0 ? (
        <p className="muted">{STRINGS.packs.empty}</p>
      ) : (
        <ul className="pack-cards">
          {packs.map((pack) => {
            const title = packTitle(pack.title)
            const details = [pack.meeting, formatMeetingDate(pack.date), STRINGS.packs.entryCount(pack.entryIds.length)]
            return (
              <li key={pack.id} className="pack-card" data-pack-id={pack.id}>
                <h2 className="pack-card__title">
                  <a href={routeHref({ name: 'pack', id: pack.id })}>{title}</a>
                </h2>
                <p className="pack-card__meta">{details.filter(Boolean).join(' · ')}</p>
                <div className="pack-card__actions">
                  <button type="button" className="button button--quiet button--small" aria-label={STRINGS.packs.duplicateLabel(title)} onClick={() => duplicateExistingPack(pack.id)}>
                    {STRINGS.packs.duplicate}
                  </button>
                  <button type="button" className="button button--quiet button--small button--danger" aria-label={STRINGS.packs.deleteLabel(title)} onClick={() => deletePackWithUndo(pack.id)}>
                    {STRINGS.packs.delete}
                  </button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </article>
  )
}
