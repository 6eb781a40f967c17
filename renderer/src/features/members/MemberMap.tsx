import { useId, useMemo, useState } from 'react'
import type { MemberEconomy } from '../../../../data/core/api-contract'
import { STRINGS } from '../../strings'
import { MapLayerView } from './MapLayerView'
import { buildWorldMap } from './world-map'

/**
 * An offline map of the Pacific rim: member economies in the accent colour, each a link to its
 * entry (SVG <a>: focusable, announced as a link, opened with Enter or a click), with crowded
 * Southeast Asia enlarged in an inset.
 */
export function MemberMap({ members }: { members: readonly MemberEconomy[] }) {
  const map = useMemo(() => buildWorldMap(members.map((member) => member.entry.id)), [members])
  const byId = useMemo(() => new Map(members.map((member) => [member.entry.id, member])), [members])
  const [nearby, setNearby] = useState<string | null>(null)
  const insetClip = useId()
  const { box } = map.inset
  return (
    <figure className="member-map">
      <svg className="member-map__svg" viewBox={map.viewBox} role="group" aria-label={STRINGS.members.mapLabel}>
        <path className="member-map__sphere" d={map.sphere} aria-hidden="true" />
        <path className="member-map__graticule" d={map.graticule} aria-hidden="true" />
        <MapLayerView layer={map} byId={byId} pointerOnly={false} nearby={nearby} onNearby={setNearby} />
        <g className="member-map__inset">
          <clipPath id={insetClip}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} />
          </clipPath>
          <rect className="member-map__inset-frame" x={box.x} y={box.y} width={box.width} height={box.height} aria-hidden="true" />
          <text className="member-map__inset-title" x={box.x + 8} y={map.inset.titleY} aria-hidden="true">
            {STRINGS.members.mapInset}
          </text>
          <g clipPath={`url(#${insetClip})`}>
            <MapLayerView layer={map.inset} byId={byId} pointerOnly nearby={nearby} onNearby={setNearby} />
          </g>
        </g>
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
