import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { useApiResult } from '../../app/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { SourceList } from './SourceList'

export function SourceListPage() {
  usePageTitle(STRINGS.sources.heading)
  const [sources, retry] = useApiResult('sources', () => getEncyclopediaApi().listSources())
  return (
    <article className="page">
      <h1 className="page__title">{STRINGS.sources.heading}</h1>
      <p className="page__lead">{STRINGS.sources.intro}</p>
      {sources.status === 'loading' && <Loading />}
      {sources.status === 'failed' && <ErrorScreen error={sources.error} onRetry={retry} />}
      {sources.status === 'ready' && <SourceList sources={sources.value} />}
    </article>
  )
}
