/**
 * Where each member economy is on the bundled world map (world-atlas countries-110m, Natural Earth).
 *
 * `isoNumeric` is the ISO 3166-1 numeric id of its world-atlas feature, or null when the 1:110m
 * file has no shape for it (Hong Kong and Singapore are missing there). `marker` is a [lon, lat]
 * point drawn as a dot, for economies with no shape or a shape too small to see or click (Brunei).
 */
export interface MemberPlace {
  isoNumeric: string | null
  marker: readonly [number, number] | null
}

export const MEMBER_PLACES: Readonly<Record<string, MemberPlace>> = {
  australia: { isoNumeric: '036', marker: null },
  brunei: { isoNumeric: '096', marker: [114.9, 4.9] },
  canada: { isoNumeric: '124', marker: null },
  chile: { isoNumeric: '152', marker: null },
  china: { isoNumeric: '156', marker: null },
  'chinese-taipei': { isoNumeric: '158', marker: null },
  'hong-kong-china': { isoNumeric: null, marker: [114.17, 22.32] },
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
  singapore: { isoNumeric: null, marker: [103.82, 1.35] },
  thailand: { isoNumeric: '764', marker: null },
  'united-states': { isoNumeric: '840', marker: null },
  'viet-nam': { isoNumeric: '704', marker: null },
}

/** Antarctica: left off the map, it only stretches the Pacific view downwards. */
export const HIDDEN_FEATURES: ReadonlySet<string> = new Set(['010'])
