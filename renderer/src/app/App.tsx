import { getEncyclopediaApi } from '../platform/encyclopedia-api'
import { ErrorScreen } from '../components/ErrorScreen'
import { NotFoundActions } from '../components/NotFoundActions'
import { Loading } from '../components/Loading'
import { usePageTitle } from '../components/usePageTitle'
import { HomePage } from '../features/home/HomePage'
import { SourceListPage } from '../features/sources/SourceListPage'
import { SourceReaderPage } from '../features/sources/SourceReaderPage'
import { EntryPage } from '../features/entries/EntryPage'
import { BrowsePage } from '../features/browse/BrowsePage'
import { HistoryPage } from '../features/history/HistoryPage'
import { MembersPage } from '../features/members/MembersPage'
import { TimelinePage } from '../features/timeline/TimelinePage'
import { StructurePage } from '../features/structure/StructurePage'
import { GlossaryPage } from '../features/glossary/GlossaryPage'
import { SearchPage } from '../features/search/SearchPage'
import { PrintPage } from '../features/print/PrintPage'
import { BriefingPackPage } from '../features/print/BriefingPackPage'
import { LibraryPage } from '../features/library/LibraryPage'
import { PackListPage } from '../features/packs/PackListPage'
import { PackPage } from '../features/packs/PackPage'
import { StoredPackPrintPage } from '../features/packs/StoredPackPrintPage'
import { ComparePage } from '../features/compare/ComparePage'
import { ComparePrintPage } from '../features/compare/ComparePrintPage'
import { STRINGS } from '../strings'
import { AppShell } from './AppShell'
import type { Route } from '../routing/routes'
import { useApiResult } from '../data/useApiResult'
import { useHashRoute } from '../routing/useHashRoute'

/** Opens the pack first: if it cannot be used, the user sees why instead of an empty shell. */
export function App() {
  const route = useHashRoute()
  const [pack, retry] = useApiResult('pack', () => getEncyclopediaApi().getPackInfo())
  if (pack.status === 'loading') return <Loading />
  if (pack.status === 'failed') return <ErrorScreen error={pack.error} onRetry={retry} fullPage />
  return (
    <AppShell pack={pack.value} route={route}>
      <Page route={route} pack={pack.value} />
    </AppShell>
  )
}

function Page({ route, pack }: { route: Route; pack: Parameters<typeof HomePage>[0]['pack'] }) {
  switch (route.name) {
    case 'home':
      return <HomePage pack={pack} />
    case 'sources':
      return <SourceListPage page={route.page ?? null} counts={pack.counts} />
    case 'source':
      return <SourceReaderPage key={route.id} id={route.id} paragraph={route.paragraph} />
    case 'entry':
      return <EntryPage key={route.id} id={route.id} />
    case 'browse':
      return <BrowsePage type={route.type} />
    case 'history':
      return <HistoryPage />
    case 'members':
      return <MembersPage />
    case 'timeline':
      return <TimelinePage />
    case 'structure':
      return <StructurePage />
    case 'glossary':
      return <GlossaryPage />
    case 'compare':
      return <ComparePage view={route.view} />
    case 'print-compare':
      return <ComparePrintPage view={route.view} packInfo={pack} />
    case 'search':
      return <SearchPage route={route} />
    case 'library':
      return <LibraryPage />
    case 'packs':
      return <PackListPage />
    case 'pack':
      return <PackPage key={route.id} id={route.id} />
    case 'print-pack':
      return <StoredPackPrintPage key={route.id} id={route.id} preset={route.preset} packInfo={pack} />
    case 'not-found':
      return <NotFoundPage path={route.path} />
    case 'print':
      return <PrintPage key={route.id} id={route.id} preset={route.preset} pack={pack} />
    case 'print-briefing':
      return <BriefingPackPage pack={route.pack} preset={route.preset} packInfo={pack} />
  }
}

/** An address no route reads: its last word is offered as a search, "Thử lại" would find nothing again. */
function NotFoundPage({ path }: { path: string }) {
  usePageTitle(STRINGS.errors.notFoundPage)
  const lastWord = path.split('?', 1)[0]?.split('/').filter(Boolean).at(-1) ?? ''
  return (
    <article className="page">
      <h1 className="page__title">{STRINGS.errors.notFoundPage}</h1>
      <p>
        {STRINGS.errors.notFoundAdvice} {STRINGS.errors.searchInstead}
      </p>
      <NotFoundActions key={path} searchHint={safeDecode(lastWord)} />
    </article>
  )
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
