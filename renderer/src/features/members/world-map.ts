import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
// Bundled by Vite into the app: the map never asks the network for anything.
import countries110m from 'world-atlas/countries-110m.json'
import { HIDDEN_FEATURES, MEMBER_PLACES } from './member-geography'

/** Width of the map's coordinate system; the SVG scales to its box, the height follows the fit. */
const MAP_WIDTH = 960
const MAP_PADDING = 12
/** Centred on the Pacific: the seam falls in the Atlantic, so no member is split in two. */
const ROTATION: [number, number] = [-150, 0]

export interface CountryShape {
  key: string
  d: string
  /** The member economy (entry id) this shape belongs to, if any. */
  memberId: string | null
}

export interface MemberMarker {
  memberId: string
  x: number
  y: number
}

export interface WorldMap {
  viewBox: string
  sphere: string
  graticule: string
  countries: CountryShape[]
  markers: MemberMarker[]
}

type CountryProperties = { name: string }
type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>

// The JSON's inferred type is structural and loose; this is the one place it is read as TopoJSON.
const topology = countries110m as unknown as WorldTopology
const countryFeatures: Feature<Geometry, CountryProperties>[] = feature(topology, topology.objects.countries).features

/**
 * Projects the world so that every member economy fits the width, and returns the SVG paths.
 * Members with a marker (no shape, or one too small to click) are drawn as dots on top.
 */
export function buildWorldMap(memberIds: readonly string[]): WorldMap {
  const memberByIso = new Map<string, string>()
  const markerPoints: { memberId: string; coordinates: [number, number] }[] = []
  for (const id of memberIds) {
    const place = MEMBER_PLACES[id]
    if (!place) continue
    if (place.isoNumeric) memberByIso.set(place.isoNumeric, id)
    if (place.marker) markerPoints.push({ memberId: id, coordinates: [place.marker[0], place.marker[1]] })
  }
  const visible = countryFeatures.filter((country) => !HIDDEN_FEATURES.has(String(country.id)))
  const fitTarget: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...visible.filter((country) => memberByIso.has(String(country.id))),
      ...markerPoints.map(
        (point): Feature => ({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: point.coordinates },
        }),
      ),
    ],
  }
  const projection = geoNaturalEarth1().rotate(ROTATION).fitWidth(MAP_WIDTH - 2 * MAP_PADDING, fitTarget)
  projection.translate([projection.translate()[0] + MAP_PADDING, projection.translate()[1]])
  const path = geoPath(projection)
  const [[, top], [, bottom]] = path.bounds(fitTarget)
  const markers = markerPoints.flatMap((point) => {
    const projected = projection(point.coordinates)
    return projected ? [{ memberId: point.memberId, x: projected[0], y: projected[1] }] : []
  })
  return {
    viewBox: `0 ${round(top - MAP_PADDING)} ${MAP_WIDTH} ${round(bottom - top + 2 * MAP_PADDING)}`,
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    countries: visible.flatMap((country, index) => {
      const d = path(country)
      if (!d) return []
      const iso = String(country.id ?? `x${index}`)
      return [{ key: `${iso}-${index}`, d, memberId: memberByIso.get(iso) ?? null }]
    }),
    markers,
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
