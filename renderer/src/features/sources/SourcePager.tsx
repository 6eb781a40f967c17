import { useId, useState, type FormEvent } from 'react'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'

const S = STRINGS.sources.pager

interface SourcePagerProps {
  page: number
  pages: number
  /** The landmark's name: the list has a pager above and one below. */
  label: string
}

/**
 * Đầu, Trước, the page number (type one to jump there), Sau, Cuối. Each page is an address
 * (#/sources?page=3), so these are links: Back and Forward step through the pages read.
 */
export function SourcePager({ page, pages, label }: SourcePagerProps) {
  return (
    <nav className="pager" aria-label={label}>
      <PagerLink target={1} current={page} label={S.firstLabel} arrow="«" text={S.first} />
      <PagerLink target={page - 1} current={page} pages={pages} label={S.previousLabel(page - 1)} arrow="‹" text={S.previous} />
      {/* Keyed by page: the box shows the page on screen again after Back, not what was typed. */}
      <PageJump key={page} page={page} pages={pages} />
      <PagerLink target={page + 1} current={page} pages={pages} label={S.nextLabel(page + 1)} arrow="›" text={S.next} after />
      <PagerLink target={pages} current={page} label={S.lastLabel(pages)} arrow="»" text={S.last} after />
    </nav>
  )
}

interface PagerLinkProps {
  target: number
  current: number
  pages?: number
  label: string
  arrow: string
  text: string
  /** The arrow after the word (Sau ›), not before (‹ Trước). */
  after?: boolean
}

function PagerLink({ target, current, pages = Number.POSITIVE_INFINITY, label, arrow, text, after = false }: PagerLinkProps) {
  const content = (
    <>
      {!after && <span aria-hidden="true">{arrow}</span>}
      {text}
      {after && <span aria-hidden="true">{arrow}</span>}
    </>
  )
  // Where it would lead is where the reader is (or beyond the list): shown, so the pager keeps its
  // shape, but not a link a keyboard stops at.
  if (target === current || target < 1 || target > pages) {
    return (
      <a className="pager__link pager__link--off" role="link" aria-disabled="true">
        {content}
      </a>
    )
  }
  return (
    <a className="pager__link" href={routeHref({ name: 'sources', page: target })} aria-label={label}>
      {content}
    </a>
  )
}

function PageJump({ page, pages }: { page: number; pages: number }) {
  const inputId = useId()
  const pagesId = useId()
  const [typed, setTyped] = useState(String(page))
  const go = (event: FormEvent) => {
    event.preventDefault()
    const wanted = Number(typed.trim())
    // Anything not a whole number leaves the reader where they are; a number past either end, at that end.
    const target = Number.isInteger(wanted) ? Math.min(Math.max(1, wanted), pages) : page
    setTyped(String(target))
    if (target !== page) window.location.hash = routeHref({ name: 'sources', page: target })
  }
  return (
    <form className="pager__jump" onSubmit={go} noValidate>
      <label htmlFor={inputId}>{S.page}</label>
      <input
        id={inputId}
        className="filter-bar__input pager__input"
        inputMode="numeric"
        autoComplete="off"
        size={String(pages).length + 1}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        aria-describedby={pagesId}
      />
      <span id={pagesId}>{S.ofPages(pages)}</span>
      <button type="submit" className="button button--quiet pager__go" aria-label={S.goLabel(pages)}>
        {S.go}
      </button>
    </form>
  )
}
