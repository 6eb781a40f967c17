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
import { MainNav } from './MainNav'
import { MAIN_ID, SkipLink } from './SkipLink'
import { useMenuCommands } from './useMenuCommands'

/** Header with the pack title, main navigation, the page, and a footer with the pack version. */
export function AppShell({ pack, route, children }: { pack: PackInfo; route: Route; children: ReactNode }) {
  useMenuCommands(route)
  useScrollRestoration(route)
  return (
    <div className="shell">
      <SkipLink />
      <header className="shell__header">
        <a className="shell__brand" href={routeHref({ name: 'home' })}>
          <span className="shell__mark" aria-hidden="true">
            BK
          </span>
          <span className="shell__title">{pack.title}</span>
        </a>
        <MainNav route={route} />
        <div className="shell__search">
          <SearchBox routeQuery={route.name === 'search' ? route.query : null} routeKey={routeHref(route)} />
          <FindButton />
        </div>
        <HeaderTools />
      </header>
      <main id={MAIN_ID} className="shell__main" tabIndex={-1}>
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
