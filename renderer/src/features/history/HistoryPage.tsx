import { routeHref } from '../../routing/routes'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { clearHistory, type HistoryItem } from './history-store'
import { useHistoryItems } from './useHistory'

const TIME_FORMAT = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' })

export function HistoryPage() {
  usePageTitle(STRINGS.history.heading)
  const items = useHistoryItems()
  return (
    <article className="page history">
      <h1 className="page__title">{STRINGS.history.heading}</h1>
      <p className="page__lead">{STRINGS.history.intro}</p>
      {items.length === 0 ? (
        <p className="history__empty">{STRINGS.history.empty}</p>
      ) : (
        <>
          <ol className="history__list">
            {items.map((item) => (
              <li key={`${item.kind}:${item.id}`} className="history__item" data-kind={item.kind}>
                <a className="history__title" href={itemHref(item)}>
                  {item.title}
                </a>
                <span className="history__kind">{item.kind === 'entry' ? STRINGS.history.entry : STRINGS.history.source}</span>
                <time className="history__time" dateTime={item.visitedAt}>
                  {TIME_FORMAT.format(new Date(item.visitedAt))}
                </time>
              </li>
            ))}
          </ol>
          <button type="button" className="button button--quiet" onClick={clearHistory}>
            {STRINGS.history.clear}
          </button>
        </>
      )}
    </article>
  )
}

function itemHref(item: HistoryItem): string {
  return item.kind === 'entry'
    ? routeHref({ name: 'entry', id: item.id })
    : routeHref({ name: 'source', id: item.id, paragraph: null })
}
