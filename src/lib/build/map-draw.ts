/**
 * Build only. Everything the travel map and the membership map draw, computed at build time from the atlas, the
 * panels and the trips: country shapes with their statuses and histories, small states as dots, markers moved
 * apart, lines from Moscow, city names and story notes. Pages turn the result into inline SVG; nothing here runs
 * in the browser.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { placeMarkers } from "../map-layout";
import {
  labelBox,
  placeLabels,
  placeNotes,
  r1,
  textWidth,
  type Box,
  type MapLabel,
  type PlacedNote,
} from "../map-labels";
import type { MapCountry, MapDot, MapMarker, MapShape, MapState } from "../map-model";
import { MOSCOW, SMALL_STATES } from "../map-places";
import { cityPoint, LAYOUTS, MARKER_GAP, MARKER_RADIUS, type LayoutId } from "../map-views";
import { isParty, statusOn } from "../membership";
import { statusHistory } from "../status-history";
import type { StoryNote } from "../trip-facts";
import type { Trip } from "../trips";
import { atlasCountries, thinnedCountries } from "./map-atlas";
import { boxRing, panelFor, panels, type Panel } from "./map-panels";
import { pathFor, THIN } from "./map-paths";

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

export interface MapDrawing {
  layout: LayoutId;
  width: number;
  height: number;
  panels: PanelDrawing[];
  markers: MapMarker[];
  /** The day the country colours show. */
  day: string;
}

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
  /**
   * A place's name in the edition (src/i18n/places.ts): cities on the map, and areas not in the ICC data (Taiwan,
   * W. Sahara) in their tooltips; English by default.
   */
  place?: (english: string) => string;
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
  place,
}: DrawOptions): MapDrawing {
  const { width, labelSize } = LAYOUTS[layout];
  const byA3 = new Map(states.map((s) => [s.iso3, s]));
  const byIso2 = new Map(states.map((s) => [s.iso2, s]));
  const info = (a3: string, atlasName: string): MapCountry => {
    const s = byA3.get(a3);
    return {
      a3,
      iso2: s?.iso2 ?? null,
      // An area not in the ICC data keeps the atlas's English name unless the edition has one.
      name: s?.name ?? (place ? place(atlasName) : atlasName),
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
    d.labels = placeLabels(mine, d.panel, fixed, width, labelSize, place);
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
