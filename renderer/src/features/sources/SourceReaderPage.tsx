import { useEffect } from 'react'
import type { SourceBlock, SourceDocument } from '../../../../data/core/api-contract'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../routing/routes'
import { useApiResult } from '../../data/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { loadedTitle, usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { EntryLink } from '../entries/EntryLink'
import { useRecordVisit } from '../history/useHistory'
import { formatLanguages, formatSourceDate, splitIsoDate } from './format-source-date'

interface SourceReaderPageProps {
  id: string
  /** The paragraph a citation pointed at: scrolled to and highlighted. */
  paragraph: number | null
}

export function SourceReaderPage({ id, paragraph }: SourceReaderPageProps) {
  const [source, retry] = useApiResult(`source:${id}`, () => getEncyclopediaApi().getSource({ id }))
  const title = source.status === 'ready' ? source.value.title : null
  usePageTitle(loadedTitle(source, (value) => value.title))
  useRecordVisit('source', id, title)
  if (source.status === 'loading') return <Loading />
  if (source.status === 'failed') return <ErrorScreen error={source.error} onRetry={retry} searchHint={id} />
  return <SourceReader source={source.value} highlighted={paragraph} />
}

function SourceReader({ source, highlighted }: { source: SourceDocument; highlighted: number | null }) {
  useEffect(() => {
    if (highlighted === null) return
    document.getElementById(paragraphAnchor(highlighted))?.scrollIntoView({ block: 'center' })
  }, [source.id, highlighted])

  return (
    <article className="page source-reader">
      <a className="page__back" href={routeHref({ name: 'sources' })}>
        {STRINGS.sources.back}
      </a>
      <header className="source-reader__header">
        {source.series && <p className="source-reader__series">{source.series}</p>}
        <h1 className="page__title">{source.title}</h1>
        {source.kind === 'reference' && <p className="source-reader__kind">{STRINGS.sources.referenceKind}</p>}
        <dl className="source-reader__meta">
          <MetaRow label={STRINGS.sources.publisher} value={source.publisher} />
          {source.author && <MetaRow label={STRINGS.sources.author} value={source.author} />}
          <MetaRow
            label={STRINGS.sources.date}
            value={formatSourceDate(source.date) + (source.date.note ? ` (${source.date.note})` : '')}
          />
          <MetaRow label={STRINGS.sources.languages} value={formatLanguages(source.languages)} />
          <MetaRow label={STRINGS.sources.origin} value={source.origin} />
          {source.licence && <MetaRow label={STRINGS.sources.licence} value={source.licence} />}
          {/* Shown as text, never a link: the app is offline and opens nothing outside itself. */}
          {source.url && <MetaRow label={STRINGS.sources.url} value={source.url} className="source-reader__url" />}
          {source.accessed && <MetaRow label={STRINGS.sources.accessed} value={splitIsoDate(source.accessed).day} />}
        </dl>
        <p className="source-reader__attribution">
          <strong>{STRINGS.sources.attribution}:</strong> {source.attribution}
        </p>
      </header>
      {source.kind === 'reference' ? (
        <section className="source-reader__cited-by" aria-labelledby="source-cited-by">
          <h2 id="source-cited-by" className="section-title">
            {STRINGS.sources.citedByDocument}
          </h2>
          {source.citedBy.length === 0 ? (
            <p>{STRINGS.sources.notCited}</p>
          ) : (
            <ul className="inline-list">
              {source.citedBy.map((entry) => (
                <li key={entry.id}>
                  <EntryLink entry={entry} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <div className="source-reader__body" role="region" aria-label={STRINGS.sources.sourceNotice}>
          {source.blocks.map((block) => (
            <Block key={block.position} sourceId={source.id} block={block} highlighted={block.number === highlighted} />
          ))}
        </div>
      )}
    </article>
  )
}

function MetaRow({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <div className="source-reader__meta-row">
      <dt>{label}</dt>
      <dd className={className}>{value}</dd>
    </div>
  )
}

function Block({ sourceId, block, highlighted }: { sourceId: string; block: SourceBlock; highlighted: boolean }) {
  if (block.kind === 'heading') return <h2 lang={block.lang}>{block.text}</h2>
  if (block.kind === 'subheading') return <h3 lang={block.lang}>{block.text}</h3>
  const number = block.number ?? 0
  return (
    <div
      id={paragraphAnchor(number)}
      className={highlighted ? 'paragraph paragraph--highlighted' : 'paragraph'}
      data-paragraph={number}
    >
      <a
        className="paragraph__number"
        href={routeHref({ name: 'source', id: sourceId, paragraph: number })}
        aria-label={STRINGS.sources.linkToParagraph(number)}
      >
        {number}
      </a>
      <p lang={block.lang} className="paragraph__text">
        {block.text}
      </p>
      {block.citedBy.length > 0 && (
        <p className="paragraph__cited-by">
          {STRINGS.sources.citedBy}:{' '}
          {block.citedBy.map((entry, index) => (
            <span key={entry.id}>
              {index > 0 && ', '}
              <EntryLink entry={entry} />
            </span>
          ))}
        </p>
      )}
    </div>
  )
}

function paragraphAnchor(number: number): string {
  return `p-${number}`
}
