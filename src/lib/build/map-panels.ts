/**
 * Build only. The map's panels projected with d3-geo into one SVG coordinate system: the world view (Equal Earth,
 * centred on Moscow's longitude) and the close-ups (conic), stacked from the top as the layout in
 * src/lib/map-views.ts says.
 */
import { geoConicConformal, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { FeatureCollection } from "geojson";
import type { LonLat } from "../map-places";
import { inBox, LAYOUTS, type GeoBox, type LayoutId, type PanelId, type PanelSpec } from "../map-views";
import { atlasCountries, type AtlasScale } from "./map-atlas";

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
export function boxRing({ west, east, south, north }: GeoBox): GeoJSON.Polygon {
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
