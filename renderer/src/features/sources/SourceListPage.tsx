import { useEffect, useRef } from 'react'
import type { PackCounts, SourceSummary } from '../../../../data/core/api-contract'
import { ok } from '../../../../data/core/result'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { useApiResult } from '../../data/useApiResult'
import { replaceRoute } from '../../routing/useHashRoute'
import { routeHref } from '../../routing/routes'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { SourceList } from './SourceList'
import { SourcePager } from './SourcePager'
import { sourcePage, SOURCES_PER_PAGE } from './source-pages'

interface SourceListPageProps {
  /** The page the address asks for (#/sources?page=3); null for the first. */
  page: number | null
  /** The pack's totals per kind: how many pages the primary documents fill. */
  counts: PackCounts
}

/**
 * The primary documents a page at a time (a pack built from a folder can hold 126 000), then the
 * reference sources, few, whole. A pack of one page (the shipped pack's five) shows no pager.
 */
export function SourceListPage({ page: requested, counts }: SourceListPageProps) {
  const { page, pages, offset, first, last } = sourcePage(requested, counts.sources)
  const paged = pages > 1
  usePageTitle(paged ? STRINGS.sources.pageTitle(page, pages) : STRINGS.sources.heading)
  const [primary, retryPrimary] = useApiResult(`sources:primary:${offset}`, () =>
    getEncyclopediaApi().listSources({ kind: 'primary', limit: SOURCES_PER_PAGE, offset }),
  )
  const [reference, retryReference] = useApiResult('sources:reference', () =>
    counts.referenceSources > 0 ? getEncyclopediaApi().listSources({ kind: 'reference' }) : Promise.resolve(ok<SourceSummary[]>([])),
  )
  const heading = useFocusOnPageChange(page)

  // An address past the last page (a link made with a bigger pack) shows the last page, and says which.
  useEffect(() => {
    if (requested !== null && requested !== page) replaceRoute(routeHref({ name: 'sources', page }))
  }, [requested, page])

  const failed = primary.status === 'failed' ? primary : reference.status === 'failed' ? reference : null
  return (
    <article className="page">
      <h1 className="page__title">{STRINGS.sources.heading}</h1>
      <p className="page__lead">{counts.entries > 0 ? STRINGS.sources.intro : STRINGS.sources.folderIntro}</p>
      {failed && (
        <ErrorScreen
          error={failed.error}
          onRetry={() => {
            retryPrimary()
            retryReference()
          }}
        />
      )}
      {!failed && (
        <>
          <section aria-labelledby="sources-primary">
            <h2 id="sources-primary" className="section-title" tabIndex={-1} ref={heading}>
              {STRINGS.sources.primary}
            </h2>
            {paged && (
              <>
                <p className="source-pages__summary">
                  <strong>{STRINGS.sources.total(counts.sources)}</strong> · {STRINGS.sources.shownRange(first, last)}
                </p>
                <SourcePager page={page} pages={pages} label={STRINGS.sources.pager.top} />
              </>
            )}
            {primary.status === 'ready' ? <SourceList sources={primary.value} /> : <Loading />}
            {paged && <SourcePager page={page} pages={pages} label={STRINGS.sources.pager.bottom} />}
          </section>
          {reference.status === 'ready' && reference.value.length > 0 && (
            <section aria-labelledby="sources-reference">
              <h2 id="sources-reference" className="section-title">
                {STRINGS.sources.reference}
              </h2>
              <p className="page__note">{STRINGS.sources.referenceIntro}</p>
              <SourceList sources={reference.value} />
            </section>
          )}
        </>
      )}
    </article>
  )
}

/**
 * After a move to another page, focus goes to the list's heading: the pager link just used may be
 * gone (Trước on page 1) or at the foot of a page now scrolled to its top, and a screen reader
 * should start on the new page. Not on arrival: the page opens as any other.
 */
function useFocusOnPageChange(page: number) {
  const heading = useRef<HTMLHeadingElement>(null)
  const shown = useRef(page)
  useEffect(() => {
    if (shown.current === page) return
    shown.current = page
    heading.current?.focus({ preventScroll: true })
  }, [page])
  return heading
}
