import { useMemo } from 'react'
import type { MemberEconomy } from '../../../../data/core/api-contract'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { buildWorldMap } from './world-map'

const MARKER_RADIUS = 6

/**
 * An offline map of the Pacific rim: member economies in the accent colour, each a link to its
 * entry (SVG <a>: focusable, announced as a link, opened with Enter or a click).
 */
export function MemberMap({ members }: { members: readonly MemberEconomy[] }) {
  const map = useMemo(() => buildWorldMap(members.map((member) => member.entry.id)), [members])
  const byId = useMemo(() => new Map(members.map((member) => [member.entry.id, member])), [members])
  const withMarker = new Set(map.markers.map((marker) => marker.memberId))
  const linked = map.countries.filter((shape) => shape.memberId !== null && !withMarker.has(shape.memberId))

  return (
    <figure className="member-map">
      <svg className="member-map__svg" viewBox={map.viewBox} role="group" aria-label={STRINGS.members.mapLabel}>
        <path className="member-map__sphere" d={map.sphere} aria-hidden="true" />
        <path className="member-map__graticule" d={map.graticule} aria-hidden="true" />
        <g aria-hidden="true">
          {map.countries
            .filter((shape) => shape.memberId === null || withMarker.has(shape.memberId))
            .map((shape) => (
              <path
                key={shape.key}
                className={shape.memberId ? 'member-map__land member-map__land--member' : 'member-map__land'}
                d={shape.d}
              />
            ))}
        </g>
        {linked.map((shape) => {
          const member = shape.memberId ? byId.get(shape.memberId) : undefined
          if (!member) return null
          return (
            <a
              key={shape.key}
              href={entryHref(member.entry.id)}
              className="member-map__member"
              aria-label={member.entry.title}
              data-economy={member.entry.id}
            >
              <title>{member.entry.title}</title>
              <path className="member-map__land member-map__land--member" d={shape.d} />
            </a>
          )
        })}
        {map.markers.map((marker) => {
          const member = byId.get(marker.memberId)
          if (!member) return null
          return (
            <a
              key={marker.memberId}
              href={entryHref(member.entry.id)}
              className="member-map__member member-map__member--marker"
              aria-label={member.entry.title}
              data-economy={member.entry.id}
            >
              <title>{member.entry.title}</title>
              <circle className="member-map__marker" cx={marker.x} cy={marker.y} r={MARKER_RADIUS} />
            </a>
          )
        })}
      </svg>
      <figcaption className="member-map__caption">
        <ul className="member-map__legend">
          <li>
            <svg className="member-map__swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect className="member-map__land member-map__land--member" x="1" y="3" width="14" height="10" />
            </svg>
            {STRINGS.members.mapLegendMember}
          </li>
          <li>
            <svg className="member-map__swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect className="member-map__land" x="1" y="3" width="14" height="10" />
            </svg>
            {STRINGS.members.mapLegendOther}
          </li>
          <li>
            <svg className="member-map__swatch" viewBox="0 0 16 16" aria-hidden="true">
              <circle className="member-map__marker" cx="8" cy="8" r="5" />
            </svg>
            {STRINGS.members.mapLegendMarker}
          </li>
        </ul>
        <p className="member-map__hint">{STRINGS.members.mapHint}</p>
        <p className="member-map__credit">{STRINGS.members.mapCredit}</p>
      </figcaption>
    </figure>
  )
}

function entryHref(id: string): string {
  return routeHref({ name: 'entry', id })
}
