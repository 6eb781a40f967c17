import { DEFAULT_VIEW } from '../../routing/compare-view'
import { routeHref, type Route } from '../../routing/routes'
import { STRINGS } from '../../strings'

const PLACES = [
  { route: { name: 'members' }, text: STRINGS.home.explore.items.members },
  { route: { name: 'timeline' }, text: STRINGS.home.explore.items.timeline },
  // home__compare: the card bench:compare waits for to know the home page is on screen.
  { route: { name: 'compare', view: DEFAULT_VIEW }, text: { title: STRINGS.compare.title, text: STRINGS.compare.homeLead }, className: 'home__compare' },
  { route: { name: 'structure' }, text: STRINGS.home.explore.items.structure },
  { route: { name: 'glossary' }, text: STRINGS.home.explore.items.glossary },
  { route: { name: 'browse', type: null }, text: STRINGS.home.explore.items.browse },
  { route: { name: 'sources' }, text: STRINGS.home.explore.items.sources },
  { route: { name: 'packs' }, text: STRINGS.home.explore.items.packs },
] as const satisfies readonly { route: Route; text: { title: string; text: string }; className?: string }[]

/** The overview pages, each a card that says what the reader finds there. */
export function HomeExplore() {
  return (
    <section aria-labelledby="home-explore">
      <h2 id="home-explore" className="section-title">
        {STRINGS.home.explore.heading}
      </h2>
      <ul className="explore">
        {PLACES.map((place) => (
          <li key={place.text.title} className={'className' in place ? `explore__item ${place.className}` : 'explore__item'}>
            <a className="explore__link" href={routeHref(place.route)}>
              {place.text.title}
            </a>
            <p className="explore__text">{place.text.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
