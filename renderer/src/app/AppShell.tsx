import type { ReactNode } from 'react'
import type { PackInfo } from '../../../data/core/api-contract'
import { HeaderTools } from '../features/settings/HeaderTools'
import { FindBar } from '../features/find/FindBar'
import { FindButton } from '../features/find/FindButton'
import { SearchBox } from '../features/search/SearchBox'
import { LinkPreview } from '../features/preview/LinkPreview'
import { LibraryStatus } from '../features/library/LibraryStatus'
import { Toast } from '../components/Toast'
import { STRINGS } from '../strings'
import { routeHref, type Route } from '../routing/routes'
import { useScrollRestoration } from '../routing/useScrollRestoration'
import { useMenuCommands } from './useMenuCommands'

const NAV_ITEMS = [
  { route: { name: 'home' }, label: STRINGS.nav.home, matches: ['home'] },
  { route: { name: 'browse', type: null }, label: STRINGS.nav.entries, matches: ['browse', 'entry'] },
  { route: { name: 'members' }, label: STRINGS.nav.members, matches: ['members'] },
  { route: { name: 'timeline' }, label: STRINGS.nav.timeline, matches: ['timeline'] },
  { route: { name: 'structure' }, label: STRINGS.nav.structure, matches: ['structure'] },
  { route: { name: 'glossary' }, label: STRINGS.nav.glossary, matches: ['glossary'] },
  { route: { name: 'sources' }, label: STRINGS.nav.sources, matches: ['sources', 'source'] },
  { route: { name: 'history' }, label: STRINGS.nav.history, matches: ['history'] },
  { route: { name: 'library' }, label: STRINGS.nav.library, matches: ['library'] },
  { route: { name: 'packs' }, label: STRINGS.nav.packs, matches: ['packs', 'pack', 'print-pack'] },
] as const satisfies readonly { route: Route; label: string; matches: readonly Route['name'][] }[]

/** Header with the pack title, main navigation, the page, and a footer with the pack version. */
export function AppShell({ pack, route, children }: { pack: PackInfo; route: Route; children: ReactNode }) {
  useMenuCommands(route)
  useScrollRestoration(route)
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {STRINGS.skipToContent}
      </a>
      <header className="shell__header">
        <a className="shell__brand" href={routeHref({ name: 'home' })}>
          <span className="shell__mark" aria-hidden="true">
            BK
          </span>
          <span className="shell__title">{pack.title}</span>
        </a>
        <nav className="shell__nav" aria-label={STRINGS.nav.label}>
          {NAV_ITEMS.map((item) => {
            const current = (item.matches as readonly string[]).includes(route.name)
            return (
              <a key={item.label} href={routeHref(item.route)} aria-current={current ? 'page' : undefined}>
                {item.label}
              </a>
            )
          })}
        </nav>
        <div className="shell__search">
          <SearchBox routeQuery={route.name === 'search' ? route.query : null} routeKey={routeHref(route)} />
          <FindButton />
        </div>
        <HeaderTools />
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <LibraryStatus />
        {children}
      </main>
      <footer className="shell__footer">
        {pack.title} · {STRINGS.home.packVersion} {pack.version} · {STRINGS.home.offline}
      </footer>
      <FindBar />
      <LinkPreview />
      <Toast />
    </div>
  )
}
