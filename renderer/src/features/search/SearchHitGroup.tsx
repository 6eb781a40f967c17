import { useEffect, useRef, useState } from 'react'
import type { SearchHit } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { AddToPackButton } from '../packs/AddToPackButton'
import { HighlightedText } from './HighlightedText'
import { OtherPassages } from './OtherPassages'
import type { HitGroupName } from './useMoreHits'

interface HitGroupProps {
  group: HitGroupName
  heading: string
  hits: readonly SearchHit[]
  total: number
  /** Hits one "Xem thêm" adds. */
  pageSize: number
  loading: boolean
  failed: boolean
  onMore(): void
}

/** One group of results (entries or source paragraphs), with "Xem thêm" up to every match. */
export function HitGroup({ group, heading, hits, total, pageSize, loading, failed, onMore }: HitGroupProps) {
  const id = `search-${group}`
  const list = useRef<HTMLOListElement>(null)
  // After "Xem thêm" the first new hit takes the focus, so keyboard users read on from there.
  const [focusAt, setFocusAt] = useState<number | null>(null)
  useEffect(() => {
    if (focusAt === null || hits.length <= focusAt) return
    list.current?.querySelectorAll<HTMLElement>('.search-hit__title')[focusAt]?.focus()
    setFocusAt(null)
  }, [focusAt, hits.length])

  const remaining = total - hits.length
  const more = () => {
    if (loading) return
    setFocusAt(hits.length)
    onMore()
  }
  return (
    <section className="search-group" aria-labelledby={id} data-group={id} data-count={total}>
      <h2 className="search-group__heading" id={id}>
        {heading} <span className="search-group__count">{STRINGS.search.groupCount(hits.length, total)}</span>
      </h2>
      {hits.length === 0 ? (
        <p className="muted">{STRINGS.search.groupEmpty}</p>
      ) : (
        <ol className="search-hits" ref={list}>
          {hits.map((hit) => (
            <HitItem key={`${hit.kind}:${hit.id}:${hit.paragraph ?? ''}`} hit={hit} />
          ))}
        </ol>
      )}
      {total > pageSize && (
        <div className="search-group__more">
          <p className="search-group__shown" role="status">
            {remaining > 0 ? STRINGS.search.shown(hits.length, total, group) : STRINGS.search.allShown(total, group)}
            {failed && <span className="search-group__failed"> {STRINGS.search.moreFailed}</span>}
          </p>
          {remaining > 0 && (
            <button type="button" className="button button--quiet" aria-busy={loading} onClick={more}>
              {loading ? STRINGS.search.loadingMore : STRINGS.search.more(Math.min(pageSize, remaining), group)}
            </button>
          )}
        </div>
      )}
    </section>
  )
}

function HitItem({ hit }: { hit: SearchHit }) {
  const href =
    hit.kind === 'entry'
      ? routeHref({ name: 'entry', id: hit.id })
      : routeHref({ name: 'source', id: hit.sourceId ?? hit.id, paragraph: hit.paragraph })
  return (
    <li className="search-hit" data-kind={hit.kind} data-id={hit.id} data-source={hit.kind === 'passage' ? (hit.sourceId ?? hit.id) : undefined}>
      <a className="search-hit__title" href={href}>
        {hit.title}
        {/* Many passages share a document title; the paragraph tells their links apart for screen readers. */}
        {hit.kind === 'passage' && hit.paragraph !== null && <span className="visually-hidden">, {STRINGS.search.paragraph(hit.paragraph)}</span>}
      </a>
      <p className="search-hit__meta">
        {hit.type && <span className="search-hit__type">{STRINGS.entryTypes[hit.type]}</span>}
        {hit.paragraph !== null && <span>{STRINGS.search.paragraph(hit.paragraph)}</span>}
        {hit.year !== null && <span>{STRINGS.search.year(hit.year)}</span>}
      </p>
      {hit.snippet.text && (
        <p className="search-hit__snippet">
          <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </p>
      )}
      {hit.kind === 'passage' && <OtherPassages hit={hit} />}
      {hit.kind === 'entry' && <AddToPackButton entryId={hit.id} title={hit.title} />}
    </li>
  )
}
