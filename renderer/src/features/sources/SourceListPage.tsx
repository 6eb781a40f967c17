import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { useApiResult } from '../../data/useApiResult'
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
      {sources.status === 'ready' && (
        <>
          <section aria-labelledby="sources-primary">
            <h2 id="sources-primary" className="section-title">
              {STRINGS.sources.primary}
            </h2>
            <SourceList sources={sources.value.filter((source) => source.kind === 'primary')} />
          </section>
          <section aria-labelledby="sources-reference">
            <h2 id="sources-reference" className="section-title">
              {STRINGS.sources.reference}
            </h2>
            <p className="page__note">{STRINGS.sources.referenceIntro}</p>
            <SourceList sources={sources.value.filter((source) => source.kind === 'reference')} />
          </section>
        </>
      )}
    </article>
  )
}
