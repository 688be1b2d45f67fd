/**
 * The travel map's two layouts and their panels as plain data: which frames the close-ups show, how wide each
 * drawing is, its font sizes and the markers' size. Pure: the build projects these in src/lib/build/map-panels.ts,
 * and components read the sizes from here.
 */
import { CITIES, type LonLat } from "./map-places";

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
export const MARKER_GAP = 2;

/**
 * The two ways the map is drawn. `wide` (desktop, 960 units across): the world, then one close-up of Eastern
 * Europe and Central Asia. `narrow` (phones, 340 units across, drawn at about one pixel per unit on a 375 px
 * screen, so 12.5-unit labels show at 12 px or more): two close-ups first, Europe to Central Asia and East Asia, so
 * the crowded places come first and nothing needs sideways scrolling, then the world for the far trips.
 */
export type LayoutId = "wide" | "narrow";

export type PanelId = "world" | "zoom" | "east";

export interface PanelSpec {
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

export const inBox = ([lon, lat]: LonLat, b: GeoBox) =>
  lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;

/** True when a point falls inside the wide layout's close-up frame. */
export function inZoom(point: LonLat): boolean {
  return inBox(point, ZOOM_BOX);
}

/** A city's [lon, lat]; throws for a city missing from the table in map-places.ts. */
export function cityPoint(city: string): LonLat {
  const point = CITIES[city];
  if (!point) throw new Error(`map: no coordinates for the city "${city}" (add it to src/lib/map-places.ts)`);
  return point;
}
