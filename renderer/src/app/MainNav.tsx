import { useRef } from 'react'
import { useDisclosure } from '../components/useDisclosure'
import { useFittingCount } from '../components/useFittingCount'
import { DEFAULT_VIEW } from '../routing/compare-view'
import { routeHref, type Route } from '../routing/routes'
import { STRINGS } from '../strings'

const NAV_ITEMS = [
  { route: { name: 'home' }, label: STRINGS.nav.home, matches: ['home'] },
  { route: { name: 'browse', type: null }, label: STRINGS.nav.entries, matches: ['browse', 'entry'] },
  { route: { name: 'members' }, label: STRINGS.nav.members, matches: ['members'] },
  { route: { name: 'timeline' }, label: STRINGS.nav.timeline, matches: ['timeline'] },
  { route: { name: 'structure' }, label: STRINGS.nav.structure, matches: ['structure'] },
  { route: { name: 'glossary' }, label: STRINGS.nav.glossary, matches: ['glossary'] },
  { route: { name: 'compare', view: DEFAULT_VIEW }, label: STRINGS.nav.compare, matches: ['compare', 'print-compare'] },
  { route: { name: 'sources' }, label: STRINGS.nav.sources, matches: ['sources', 'source'] },
  { route: { name: 'history' }, label: STRINGS.nav.history, matches: ['history'] },
  { route: { name: 'library' }, label: STRINGS.nav.library, matches: ['library'] },
  { route: { name: 'packs' }, label: STRINGS.nav.packs, matches: ['packs', 'pack', 'print-pack'] },
] as const satisfies readonly { route: Route; label: string; matches: readonly Route['name'][] }[]

type NavItem = (typeof NAV_ITEMS)[number]

/**
 * The main navigation on one line: as many pages as fit, in order, and the rest under "Thêm" (or
 * all of them under "Danh mục" when none fit, at a large text size on a small screen).
 */
export function MainNav({ route }: { route: Route }) {
  const row = useRef<HTMLElement>(null)
  const measure = useRef<HTMLDivElement>(null)
  const shown = useFittingCount(row, measure, NAV_ITEMS.length)
  const more = useDisclosure()
  const isCurrent = (item: NavItem) => (item.matches as readonly string[]).includes(route.name)
  const link = (item: NavItem, className: string) => (
    <a className={className} href={routeHref(item.route)} aria-current={isCurrent(item) ? 'page' : undefined}>
      {item.label}
    </a>
  )
  const inMenu = NAV_ITEMS.slice(shown)
  return (
    <nav ref={row} className="shell__nav" aria-label={STRINGS.nav.label}>
      <ul className="shell__nav-list">
        {NAV_ITEMS.slice(0, shown).map((item) => (
          <li key={item.label}>{link(item, 'shell__nav-link')}</li>
        ))}
        {inMenu.length > 0 && (
          <li className="menu">
            <button className={inMenu.some(isCurrent) ? 'shell__nav-link menu__button menu__button--current' : 'shell__nav-link menu__button'} {...more.buttonProps}>
              {shown === 0 ? STRINGS.nav.all : STRINGS.nav.more}
            </button>
            <div className="menu__panel" {...more.panelProps}>
              <ul className="menu__list">
                {inMenu.map((item) => (
                  <li key={item.label}>{link(item, 'menu__item')}</li>
                ))}
              </ul>
            </div>
          </li>
        )}
      </ul>
      {/* Every label at its real size, never seen (a clipped box of no size): what useFittingCount measures. */}
      <div className="shell__nav-measure" aria-hidden="true">
        <div ref={measure} className="shell__nav-measure-row">
          {NAV_ITEMS.map((item) => (
            <span key={item.label} className="shell__nav-link" data-measure="item">
              {item.label}
            </span>
          ))}
          <span className="shell__nav-link menu__button" data-measure="more">
            {STRINGS.nav.more}
          </span>
        </div>
      </div>
    </nav>
  )
}
