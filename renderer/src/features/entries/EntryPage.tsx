import type { EntryDocument } from '../../../../data/core/api-contract'
import { economyProfile, ownFacts } from '../../../../data/core/economy/profile'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { SafeHtml } from '../../components/SafeHtml'
import { loadedTitle, usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { EconomySection } from '../economy/EconomySection'
import { GROUP_OF_ENTRY, GroupTotals } from '../economy/GroupTotals'
import { useRecordVisit } from '../history/useHistory'
import { EntryLibraryTools } from '../library/EntryLibraryTools'
import { NoteBox } from '../library/NoteBox'
import { useLibrary } from '../library/useLibrary'
import { BodyCitations } from './BodyCitations'
import { FactBox } from './FactBox'
import { EntryInlineList, RelationList } from './RelationList'

export function EntryPage({ id }: { id: string }) {
  const [entry, retry] = useApiResult(`entry:${id}`, () => getEncyclopediaApi().getEntry({ id }))
  const title = entry.status === 'ready' ? entry.value.title : null
  usePageTitle(loadedTitle(entry, (value) => value.title))
  useRecordVisit('entry', id, title)
  if (entry.status === 'loading') return <Loading />
  if (entry.status === 'failed') return <ErrorScreen error={entry.error} onRetry={retry} searchHint={id} />
  return <EntryView entry={entry.value} />
}

function EntryView({ entry }: { entry: EntryDocument }) {
  const { printPreset } = useLibrary().settings
  const profile = economyProfile(entry.facts)
  const group = GROUP_OF_ENTRY[entry.id]
  return (
    <article className="page entry" data-entry-id={entry.id}>
      <a className="page__back" href={routeHref({ name: 'browse', type: entry.type })}>
        ← {STRINGS.entryTypes[entry.type]}
      </a>
      <header className="entry__header">
        <p className="entry__type">{STRINGS.entryTypes[entry.type]}</p>
        <h1 className="page__title">{entry.title}</h1>
        {(entry.nameEn || entry.nameZh) && (
          <p className="entry__names" aria-label={STRINGS.entry.names}>
            {entry.nameEn && (
              <span className="entry__name" lang="en">
                {entry.nameEn}
              </span>
            )}
            {entry.nameZh && (
              <span className="entry__name" lang="zh">
                {entry.nameZh}
              </span>
            )}
          </p>
        )}
        <p className="page__lead entry__summary">{entry.summary}</p>
        <div className="entry-actions">
          <a className="print-link" href={routeHref({ name: 'print', id: entry.id, preset: printPreset })}>
            {STRINGS.print.entryLink}
          </a>
          <EntryLibraryTools entryId={entry.id} title={entry.title} />
        </div>
      </header>
      <div className="entry__layout">
        <div className="entry__main">
          <FactBox entry={entry} facts={ownFacts(entry.facts)} />
          <SafeHtml className="entry__body" html={entry.bodyHtml} />
          <BodyCitations citations={entry.bodyCitations} />
          {profile && <EconomySection profile={profile} />}
          {group && <GroupTotals group={group} />}
        </div>
        <aside className="entry__aside">
          <NoteBox key={entry.id} entryId={entry.id} title={entry.title} />
          <RelationList entryType={entry.type} groups={entry.relations} />
          {entry.backlinks.length > 0 && (
            <section className="entry-section" aria-labelledby="entry-backlinks">
              <h2 id="entry-backlinks" className="section-title">
                {STRINGS.entry.backlinks}
              </h2>
              <EntryInlineList entries={entry.backlinks} />
            </section>
          )}
          {entry.aliases.length > 0 && (
            <section className="entry-section" aria-labelledby="entry-aliases">
              <h2 id="entry-aliases" className="section-title">
                {STRINGS.entry.aliases}
              </h2>
              <p className="entry__aliases">{entry.aliases.join(' · ')}</p>
            </section>
          )}
        </aside>
      </div>
    </article>
  )
}
