import { useEffect } from 'react'
import type { SourceBlock, SourceDocument } from '../../../../data/core/api-contract'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { routeHref } from '../../app/routes'
import { useApiResult } from '../../app/useApiResult'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { formatLanguages, formatSourceDate } from './format-source-date'

interface SourceReaderPageProps {
  id: string
  /** The paragraph a citation pointed at: scrolled to and highlighted. */
  paragraph: number | null
}

export function SourceReaderPage({ id, paragraph }: SourceReaderPageProps) {
  const [source, retry] = useApiResult(`source:${id}`, () => getEncyclopediaApi().getSource({ id }))
  usePageTitle(source.status === 'ready' ? source.value.title : null)
  if (source.status === 'loading') return <Loading />
  if (source.status === 'failed') return <ErrorScreen error={source.error} onRetry={retry} />
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
        </dl>
        <p className="source-reader__attribution">
          <strong>{STRINGS.sources.attribution}:</strong> {source.attribution}
        </p>
      </header>
      <div className="source-reader__body" aria-label={STRINGS.sources.sourceNotice}>
        {source.blocks.map((block) => (
          <Block key={block.position} sourceId={source.id} block={block} highlighted={block.number === highlighted} />
        ))}
      </div>
    </article>
  )
}

function MetaRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="source-reader__meta-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
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
    </div>
  )
}

function paragraphAnchor(number: number): string {
  return `p-${number}`
}
