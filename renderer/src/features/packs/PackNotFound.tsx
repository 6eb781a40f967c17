import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'

/** A pack address that names no stored pack: deleted, or an old link. */
export function PackNotFound() {
  return (
    <article className="page">
      <a className="page__back" href={routeHref({ name: 'packs' })}>
        {STRINGS.packs.back}
      </a>
      <h1 className="page__title">{STRINGS.packs.notFound}</h1>
      <p>{STRINGS.packs.notFoundAdvice}</p>
    </article>
  )
}
