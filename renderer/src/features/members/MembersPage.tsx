import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { MemberMap } from './MemberMap'
import { MemberTable } from './MemberTable'

/** The 21 member economies: a map of the Pacific rim and a sortable table. */
export function MembersPage() {
  usePageTitle(STRINGS.members.heading)
  const [members, retry] = useApiResult('members', () => getEncyclopediaApi().listMembers())
  return (
    <article className="page overview members-page">
      <h1 className="page__title">{STRINGS.members.heading}</h1>
      <p className="page__lead">{STRINGS.members.intro}</p>
      {members.status === 'loading' && <Loading />}
      {members.status === 'failed' && <ErrorScreen error={members.error} onRetry={retry} />}
      {members.status === 'ready' && (
        <>
          <section aria-labelledby="members-map">
            <h2 id="members-map" className="section-title">
              {STRINGS.members.mapHeading}
            </h2>
            <MemberMap members={members.value} />
          </section>
          <section aria-labelledby="members-table" className="members__table">
            <h2 id="members-table" className="section-title">
              {STRINGS.members.tableHeading}
              <span className="section-title__count"> · {STRINGS.members.count(members.value.length)}</span>
            </h2>
            <MemberTable members={members.value} />
          </section>
        </>
      )}
    </article>
  )
}
