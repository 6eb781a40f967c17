import type { EntrySummary } from '../../../../data/core/api-contract'
import type { Result } from '../../../../data/core/result'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { CURRENT_COMMITTEES_ENTRY, STRUCTURE_LAYOUT, STRUCTURE_SOURCE, type StructureBox } from './structure-layout'

type Titles = ReadonlyMap<string, EntrySummary>

/** The bodies of APEC and ABAC: everything the diagram can name. */
async function loadStructureEntries(): Promise<Result<EntrySummary[]>> {
  const api = getEncyclopediaApi()
  const [bodies, organisations] = await Promise.all([
    api.listEntries({ type: 'body' }),
    api.listEntries({ type: 'organisation' }),
  ])
  if (!bodies.ok) return bodies
  if (!organisations.ok) return organisations
  return { ok: true, value: [...bodies.value, ...organisations.value] }
}

/** APEC's structure as boxes in three levels, each box a link to the body's entry. */
export function StructurePage() {
  usePageTitle(STRINGS.structure.heading)
  const [entries, retry] = useApiResult('structure', loadStructureEntries)
  return (
    <article className="page overview structure-page">
      <h1 className="page__title">{STRINGS.structure.heading}</h1>
      <p className="page__lead">{STRINGS.structure.intro}</p>
      {entries.status === 'loading' && <Loading />}
      {entries.status === 'failed' && <ErrorScreen error={entries.error} onRetry={retry} />}
      {entries.status === 'ready' && (
        <StructureDiagram titles={new Map(entries.value.map((entry) => [entry.id, entry]))} />
      )}
      <p className="overview__source">
        <a href={routeHref({ name: 'source', id: STRUCTURE_SOURCE.sourceId, paragraph: STRUCTURE_SOURCE.firstParagraph })}>
          {STRINGS.structure.source}
        </a>
      </p>
    </article>
  )
}

function StructureDiagram({ titles }: { titles: Titles }) {
  const layout = STRUCTURE_LAYOUT
  return (
    <div className="structure" role="group" aria-label={STRINGS.structure.diagramLabel}>
      <div className="structure__main">
        <section className="structure__level structure__level--policy" aria-labelledby="level-policy">
          <h2 id="level-policy" className="structure__level-title">
            {STRINGS.structure.policy}
          </h2>
          <BoxList ids={layout.policy} titles={titles} variant="policy" />
        </section>
        <div className="structure__connector" aria-hidden="true" />
        <section className="structure__level structure__level--working" aria-labelledby="level-working">
          <h2 id="level-working" className="structure__level-title">
            {STRINGS.structure.working}
          </h2>
          <BoxList ids={layout.officials} titles={titles} variant="officials" />
          <div className="structure__branches">
            <div className="structure__branch" data-branch="committees">
              <h3 className="structure__branch-title">{STRINGS.structure.committees}</h3>
              <p className="structure__dating">
                <a href={routeHref({ name: 'entry', id: CURRENT_COMMITTEES_ENTRY })}>{STRINGS.structure.committeesSource}</a>
              </p>
              <BoxList ids={layout.committees} titles={titles} variant="small" />
              <h4 className="structure__former-title">{STRINGS.structure.formerCommittees}</h4>
              <BoxList ids={layout.formerCommittees} titles={titles} variant="former" note={STRINGS.structure.formerCommitteeNote} />
            </div>
            <div className="structure__branch" data-branch="groups">
              <h3 className="structure__branch-title">{STRINGS.structure.groups}</h3>
              <p className="structure__dating">{STRINGS.structure.groupsDated}</p>
              <BoxList ids={layout.groups} titles={titles} variant="small" />
            </div>
          </div>
        </section>
        <div className="structure__connector" aria-hidden="true" />
        <section className="structure__level structure__level--secretariat" aria-labelledby="level-secretariat">
          <h2 id="level-secretariat" className="structure__level-title">
            {STRINGS.structure.secretariat}
          </h2>
          <BoxList ids={layout.secretariat} titles={titles} variant="secretariat" />
          <p className="structure__note">{STRINGS.structure.supports}</p>
        </section>
      </div>
      <aside className="structure__side" aria-labelledby="level-advisory">
        <h2 id="level-advisory" className="structure__level-title">
          {STRINGS.structure.advisory}
        </h2>
        <BoxList ids={layout.advisory} titles={titles} variant="advisory" />
        <p className="structure__note">{STRINGS.structure.advises}</p>
      </aside>
    </div>
  )
}

interface BoxListProps {
  ids: readonly StructureBox[]
  titles: Titles
  variant: string
  /** Printed under every box of the list, e.g. when a former name stopped being used. */
  note?: string
}

function BoxList({ ids, titles, variant, note }: BoxListProps) {
  return (
    <ul className={`structure__boxes structure__boxes--${variant}`}>
      {ids.map(({ id, acronym }) => {
        const entry = titles.get(id)
        return (
          <li key={id} className="structure__box" data-entry={id}>
            {acronym && (
              <span className="structure__acronym" lang="en">
                {acronym}
              </span>
            )}
            {entry ? (
              <>
                <a className="structure__link" href={routeHref({ name: 'entry', id })}>
                  {entry.title}
                </a>
                {entry.nameEn && (
                  <span className="structure__en" lang="en">
                    {entry.nameEn}
                  </span>
                )}
                {note && <span className="structure__box-note">{note}</span>}
              </>
            ) : (
              // A layout id the pack does not have: named, but never a link to nothing.
              <span className="structure__missing">
                {acronym ? '' : `${id} `}
                <span className="muted">({STRINGS.structure.notInPack})</span>
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
