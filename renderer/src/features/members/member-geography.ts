/**
 * Where each member economy is on the bundled world map (world-atlas countries-110m, Natural Earth).
 *
 * `isoNumeric` is the ISO 3166-1 numeric id of its world-atlas feature, or null when the 1:110m
 * file has no shape for it (Hong Kong and Singapore are missing there). `marker` is a [lon, lat]
 * point drawn as a dot, for economies with no shape or a shape too small to see or click (Brunei;
 * Chinese Taipei, a few pixels wide at the map's usual size). Its click target reaches out from the
 * dot `seaward`, so it leaves the neighbour's land free (Singapore's would cover Malaysia's tip).
 */
export interface MemberPlace {
  isoNumeric: string | null
  marker: { at: readonly [number, number]; seaward: Seaward } | null
}

export type Seaward = 'north' | 'south' | 'east' | 'west'

export const MEMBER_PLACES: Readonly<Record<string, MemberPlace>> = {
  australia: { isoNumeric: '036', marker: null },
  brunei: { isoNumeric: '096', marker: { at: [114.9, 4.9], seaward: 'north' } },
  canada: { isoNumeric: '124', marker: null },
  chile: { isoNumeric: '152', marker: null },
  china: { isoNumeric: '156', marker: null },
  'chinese-taipei': { isoNumeric: '158', marker: { at: [120.96, 23.7], seaward: 'east' } },
  'hong-kong-china': { isoNumeric: null, marker: { at: [114.17, 22.32], seaward: 'south' } },
  indonesia: { isoNumeric: '360', marker: null },
  japan: { isoNumeric: '392', marker: null },
  korea: { isoNumeric: '410', marker: null },
  malaysia: { isoNumeric: '458', marker: null },
  mexico: { isoNumeric: '484', marker: null },
  'new-zealand': { isoNumeric: '554', marker: null },
  'papua-new-guinea': { isoNumeric: '598', marker: null },
  peru: { isoNumeric: '604', marker: null },
  philippines: { isoNumeric: '608', marker: null },
  russia: { isoNumeric: '643', marker: null },
  singapore: { isoNumeric: null, marker: { at: [103.82, 1.35], seaward: 'south' } },
  thailand: { isoNumeric: '764', marker: null },
  'united-states': { isoNumeric: '840', marker: null },
  'viet-nam': { isoNumeric: '704', marker: null },
}

/** Antarctica: left off the map, it only stretches the Pacific view downwards. */
export const HIDDEN_FEATURES: ReadonlySet<string> = new Set(['010'])

/**
 * The map frames the Pacific rim, not the whole of Russia and Canada: fitting European Russia and
 * Newfoundland would shrink everything else by a third (Malaysia and Viet Nam become slivers).
 * Those two shapes run off the edges; these points keep their Pacific side in the frame.
 */
export const RUN_OFF_FRAME: ReadonlySet<string> = new Set(['643', '124'])
export const FRAME_EDGES: readonly (readonly [number, number])[] = [
  [100, 77], // Taymyr, Russia's northern tip
  [140, 72],
  [180, 68],
  [-141, 70], // Yukon's Arctic coast, Canada
  [-95, 72],
  [-75, 45], // Ottawa and the St Lawrence
]

/**
 * Southeast Asia, where eight members crowd into a fifth of the map's width (Malaysia and Viet Nam
 * are a few pixels across), is drawn again at about twice the scale in a framed box over the empty
 * South Pacific. `corner` is where the box's top-left sits on the main map, [lon, lat].
 */
export const INSET = {
  region: { west: 94, east: 126, south: -7, north: 25 },
  corner: [-178, 11] as const,
  width: 330,
  height: 300,
}
