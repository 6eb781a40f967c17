import { geoArea, geoGraticule10, geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
// Bundled by Vite into the app: the map never asks the network for anything.
import countries110m from 'world-atlas/countries-110m.json'
import { FRAME_EDGES, HIDDEN_FEATURES, INSET, MEMBER_PLACES, RUN_OFF_FRAME, type Seaward } from './member-geography'

/** Width of the map's coordinate system; the SVG scales to its box, the height follows the fit. */
const MAP_WIDTH = 960
const MAP_PADDING = 12
/** Centred on the Pacific: the seam falls in the Atlantic, so no member is split in two. */
const ROTATION: [number, number] = [-150, 0]
/** Room at the top of the inset for its title, in map units. */
const INSET_TITLE = 22
/**
 * A marker's click target runs from HIT_BEHIND map units behind its dot to HIT_AHEAD out to sea: 36
 * units are 32 CSS px when the map is drawn 850 px wide (the members page at 150 % browser zoom).
 */
const HIT_BEHIND = 6
const HIT_AHEAD = 30
const SEAWARD: Readonly<Record<Seaward, readonly [number, number]>> = {
  north: [0, -1],
  south: [0, 1],
  east: [1, 0],
  west: [-1, 0],
}

export interface CountryShape {
  key: string
  d: string
  /** The member economy (entry id) this shape belongs to, if any. */
  memberId: string | null
  /**
   * Area on the globe (steradians) of its largest piece, island or mainland: the smaller it is, the
   * harder the economy is to hit, so the later its click rim is drawn, over bigger ones'. Measured
   * on the globe, so the main map and the inset (which cuts shapes at its frame) agree.
   */
  largestPiece: number
}

export interface MemberMarker {
  memberId: string
  x: number
  y: number
  /** The click target's centre line, from just behind the dot out to sea (drawn as a wide stroke). */
  hit: { x1: number; y1: number; x2: number; y2: number }
}

/** Countries and markers drawn by one projection. */
export interface MapLayer {
  countries: CountryShape[]
  markers: MemberMarker[]
}

export interface MapInset extends MapLayer {
  /** The inset's frame and title line, in the main map's units. */
  box: { x: number; y: number; width: number; height: number }
  titleY: number
}

export interface WorldMap extends MapLayer {
  viewBox: string
  sphere: string
  graticule: string
  inset: MapInset
}

type CountryProperties = { name: string }
type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>
type MarkerPoint = { memberId: string; coordinates: [number, number]; seaward: Seaward }

// The JSON's inferred type is structural and loose; this is the one place it is read as TopoJSON.
const topology = countries110m as unknown as WorldTopology
const countryFeatures: Feature<Geometry, CountryProperties>[] = feature(topology, topology.objects.countries).features
const visible = countryFeatures.filter((country) => !HIDDEN_FEATURES.has(String(country.id)))

/**
 * Projects the world so that every member economy fits the width, and returns the SVG paths, with
 * Southeast Asia drawn again, enlarged, in a framed inset over the empty South Pacific.
 * Members with a marker (no shape, or one too small to click) are drawn as dots on top.
 */
export function buildWorldMap(memberIds: readonly string[]): WorldMap {
  const memberByIso = new Map<string, string>()
  const markerPoints: MarkerPoint[] = []
  for (const id of memberIds) {
    const place = MEMBER_PLACES[id]
    if (!place) continue
    if (place.isoNumeric) memberByIso.set(place.isoNumeric, id)
    if (place.marker) markerPoints.push({ memberId: id, coordinates: [place.marker.at[0], place.marker.at[1]], seaward: place.marker.seaward })
  }
  const fitTarget: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...visible.filter((country) => memberByIso.has(String(country.id)) && !RUN_OFF_FRAME.has(String(country.id))),
      multiPoint(FRAME_EDGES),
      multiPoint(markerPoints.map((point) => point.coordinates)),
    ],
  }
  const projection = geoNaturalEarth1().rotate(ROTATION).fitWidth(MAP_WIDTH - 2 * MAP_PADDING, fitTarget)
  projection.translate([projection.translate()[0] + MAP_PADDING, projection.translate()[1]])
  const path = geoPath(projection)
  const [[, top], [, bottom]] = path.bounds(fitTarget)
  return {
    viewBox: `0 ${round(top - MAP_PADDING)} ${MAP_WIDTH} ${round(bottom - top + 2 * MAP_PADDING)}`,
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    ...drawLayer(projection, memberByIso, markerPoints),
    inset: buildInset(projection, memberByIso, markerPoints),
  }
}

function buildInset(main: GeoProjection, memberByIso: ReadonlyMap<string, string>, markerPoints: readonly MarkerPoint[]): MapInset {
  const corner = main([INSET.corner[0], INSET.corner[1]]) ?? [0, 0]
  const box = { x: round(corner[0]), y: round(corner[1]), width: INSET.width, height: INSET.height }
  const map: [[number, number], [number, number]] = [
    [box.x, box.y + INSET_TITLE],
    [box.x + box.width, box.y + box.height],
  ]
  const { west, east, south, north } = INSET.region
  const projection = geoMercator()
    .fitExtent(map, multiPoint([[west, south], [east, south], [east, north], [west, north]]))
    .clipExtent(map)
  const inside = markerPoints.filter(({ coordinates: [lon, lat] }) => lon >= west && lon <= east && lat >= south && lat <= north)
  return { box, titleY: box.y + INSET_TITLE / 2, ...drawLayer(projection, memberByIso, inside) }
}

function drawLayer(projection: GeoProjection, memberByIso: ReadonlyMap<string, string>, markerPoints: readonly MarkerPoint[]): MapLayer {
  const path = geoPath(projection)
  return {
    countries: visible.flatMap((country, index) => {
      const d = path(country)
      if (!d) return []
      const iso = String(country.id ?? `x${index}`)
      return [{ key: `${iso}-${index}`, d, memberId: memberByIso.get(iso) ?? null, largestPiece: largestPieceArea(country.geometry) }]
    }),
    markers: markerPoints.flatMap((point) => {
      const projected = projection(point.coordinates)
      if (!projected) return []
      const [x, y] = projected
      const [dx, dy] = SEAWARD[point.seaward]
      const hit = { x1: round(x - dx * HIT_BEHIND), y1: round(y - dy * HIT_BEHIND), x2: round(x + dx * HIT_AHEAD), y2: round(y + dy * HIT_AHEAD) }
      return [{ memberId: point.memberId, x, y, hit }]
    }),
  }
}

function multiPoint(points: readonly (readonly [number, number])[]): Feature {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points.map(([lon, lat]) => [lon, lat]) } }
}

function largestPieceArea(geometry: Geometry): number {
  if (geometry.type !== 'MultiPolygon') return geoArea(geometry)
  return Math.max(...geometry.coordinates.map((coordinates) => geoArea({ type: 'Polygon', coordinates })))
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
