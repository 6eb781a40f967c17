import type { MemberEconomy } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import type { MapLayer } from './world-map'

const MARKER_RADIUS = 6

interface MapLayerViewProps {
  layer: MapLayer
  byId: ReadonlyMap<string, MemberEconomy>
  /** The inset repeats the main map's links for the pointer only: no tab stops, not announced twice. */
  pointerOnly: boolean
  /** The economy whose rim the pointer is over, so its shape lights up as if hovered itself. */
  nearby: string | null
  onNearby(id: string | null): void
}

/**
 * Land, then each member's click rim, then member shapes and markers on top. A thin coast or a
 * small island is hard to hit, so each member shape gets a wide, invisible rim; the rims lie under
 * all member land, so a click on a neighbour's land stays the neighbour's. The rims repeat the
 * shape's link for the pointer only.
 */
export function MapLayerView({ layer, byId, pointerOnly, nearby, onNearby }: MapLayerViewProps) {
  const withMarker = new Set(layer.markers.map((marker) => marker.memberId))
  const linked = layer.countries.flatMap((shape) => {
    const member = shape.memberId !== null && !withMarker.has(shape.memberId) ? byId.get(shape.memberId) : undefined
    return member ? [{ shape, member }] : []
  })
  const linkProps = (member: MemberEconomy) =>
    pointerOnly
      ? { tabIndex: -1, 'aria-hidden': true, 'data-inset-for': member.entry.id }
      : { 'aria-label': member.entry.title, 'data-economy': member.entry.id }
  return (
    <>
      <g aria-hidden="true">
        {layer.countries
          .filter((shape) => shape.memberId === null || withMarker.has(shape.memberId))
          .map((shape) => (
            <path key={shape.key} className={shape.memberId ? 'member-map__land member-map__land--member' : 'member-map__land'} d={shape.d} />
          ))}
      </g>
      <g aria-hidden="true">
        {[...linked]
          .sort((a, b) => b.shape.largestPiece - a.shape.largestPiece)
          .map(({ shape, member }) => (
            <a
              key={shape.key}
              href={entryHref(member.entry.id)}
              tabIndex={-1}
              className="member-map__member"
              data-halo-for={member.entry.id}
              onMouseEnter={() => onNearby(member.entry.id)}
              onMouseLeave={() => onNearby(null)}
            >
              <path className="member-map__halo" d={shape.d} />
            </a>
          ))}
      </g>
      {linked.map(({ shape, member }) => (
        <a
          key={shape.key}
          href={entryHref(member.entry.id)}
          className={nearby === member.entry.id ? 'member-map__member member-map__member--nearby' : 'member-map__member'}
          {...linkProps(member)}
        >
          {!pointerOnly && <title>{member.entry.title}</title>}
          <path className="member-map__land member-map__land--member" d={shape.d} />
        </a>
      ))}
      {layer.markers.map((marker) => {
        const member = byId.get(marker.memberId)
        if (!member) return null
        return (
          <a key={marker.memberId} href={entryHref(member.entry.id)} className="member-map__member member-map__member--marker" {...linkProps(member)}>
            {!pointerOnly && <title>{member.entry.title}</title>}
            {/* The click target: a band of fixed screen width (see CSS) reaching out to sea. */}
            <path className="member-map__hit" d={`M${marker.hit.x1} ${marker.hit.y1}L${marker.hit.x2} ${marker.hit.y2}`} />
            <circle className="member-map__marker" cx={marker.x} cy={marker.y} r={MARKER_RADIUS} />
          </a>
        )
      })}
    </>
  )
}

function entryHref(id: string): string {
  return routeHref({ name: 'entry', id })
}
