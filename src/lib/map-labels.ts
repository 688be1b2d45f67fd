/**
 * Where the map's words go: city names beside their markers and story notes in the nearest clear spot, each with a
 * leader line, all kept clear of markers, symbols and each other. Pure geometry on SVG units, with a rough text
 * width from the sans-serif stack's letter widths (the build has no fonts to measure with).
 */
import type { MapMarker } from "./map-model";
import { LAYOUTS, MAP_WIDTH, MARKER_RADIUS } from "./map-views";
import type { StoryNote } from "./trip-facts";

/** The part of a panel labels need: its top and height in SVG units. */
export interface PanelFrame {
  y: number;
  height: number;
}

/** A number rounded to a tenth, as the map's coordinates are. */
export const r1 = (v: number) => Math.round(v * 10) / 10;

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
  // Cyrillic (the Russian and Ukrainian editions' names and notes) runs wider than Latin.
  if ("іїІЇ".includes(ch)) return 0.3;
  if ("шщжмюыфШЩЖМЮЫФ".includes(ch)) return 0.86;
  if (/[А-ЯЁЄҐ]/.test(ch)) return 0.72;
  if (/[а-яёєґ]/.test(ch)) return 0.6;
  if (/\d/.test(ch)) return 0.58;
  return 0.56;
}
/** Rough width of a text at a font size, in SVG units, on the generous side (a name must not overrun its box). */
export const textWidth = (text: string, size: number, bold = false): number =>
  // Place and summit names are Latin or Cyrillic letters: splitting by code point is enough here.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  [...text].reduce((w, ch) => w + advance(ch), 0) * size * (bold ? 1.07 : 1) * 1.04;

/**
 * Names each city that has a marker in the panel, just below, above, right or left of its markers,
 * whichever is first clear of every marker, symbol and earlier name.
 */
export function placeLabels(
  markers: readonly MapMarker[],
  panel: PanelFrame,
  fixed: readonly Box[],
  width = MAP_WIDTH,
  size = LAYOUTS.wide.labelSize,
  /** A city's name as the map writes it (the edition's, see src/i18n/places.ts); English by default. */
  place: (english: string) => string = (english) => english,
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
    const text = place(city);
    const w = textWidth(text, size);
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
    labels.push({ text, x: r1(x), y: r1(y), anchor, date });
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
export function labelBox(l: MapLabel, size: number): Box {
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
  panel: PanelFrame,
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
