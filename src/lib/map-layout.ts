/**
 * Places numbered markers near their anchors without overlaps: markers that share a city start on a
 * small ring around it (in date order, clockwise from the top), then every pair that overlaps is
 * pushed apart while a weak pull keeps each marker close to its anchor. Deterministic.
 */

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Marker radius. */
  radius: number;
  /** Space to keep between two markers. */
  gap: number;
  /** The box markers must stay inside: [[x0, y0], [x1, y1]]. */
  bounds: readonly [readonly [number, number], readonly [number, number]];
  iterations?: number;
  /** Points markers must keep clear of (by a marker's width) but that never move, e.g. a city symbol. */
  obstacles?: readonly Point[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** One position per anchor, in the same order. */
export function placeMarkers(anchors: readonly Point[], options: LayoutOptions): Point[] {
  const { radius, gap, bounds, iterations = 300, obstacles = [] } = options;
  const min = 2 * radius + gap;
  const groups = new Map<string, number[]>();
  anchors.forEach((a, i) => {
    const key = `${round(a.x)},${round(a.y)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const pos: Point[] = anchors.map((a) => ({ x: a.x, y: a.y }));
  for (const members of groups.values()) {
    const n = members.length;
    if (n < 2) continue;
    const ring = n === 2 ? min / 2 : min / 2 / Math.sin(Math.PI / n);
    members.forEach((i, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
      const a = anchors[i];
      if (a) pos[i] = { x: a.x + ring * Math.cos(angle), y: a.y + ring * Math.sin(angle) };
    });
  }
  const [[x0, y0], [x1, y1]] = bounds;
  const clamp = (p: Point) => {
    p.x = Math.min(x1 - radius, Math.max(x0 + radius, p.x));
    p.y = Math.min(y1 - radius, Math.max(y0 + radius, p.y));
  };
  const separate = () => {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const p = pos[i];
        const q = pos[j];
        if (!p || !q) continue;
        let dx = q.x - p.x;
        let dy = q.y - p.y;
        let d = Math.hypot(dx, dy);
        if (d >= min) continue;
        if (d < 1e-6) {
          // Same spot: part them along a fixed direction that depends on the pair.
          const angle = (i * 7 + j * 13) % 360;
          dx = Math.cos((angle * Math.PI) / 180);
          dy = Math.sin((angle * Math.PI) / 180);
          d = 1;
        }
        const push = (min - d) / 2 / d;
        p.x -= dx * push;
        p.y -= dy * push;
        q.x += dx * push;
        q.y += dy * push;
        clamp(p);
        clamp(q);
        moved = true;
      }
      const p = pos[i];
      if (!p) continue;
      for (const o of obstacles) {
        const d = Math.hypot(p.x - o.x, p.y - o.y);
        if (d >= min) continue;
        // Right on the obstacle: move straight up.
        const [ux, uy] = d < 1e-6 ? [0, -1] : [(p.x - o.x) / d, (p.y - o.y) / d];
        p.x = o.x + ux * min;
        p.y = o.y + uy * min;
        clamp(p);
        moved = true;
      }
    }
    return moved;
  };
  for (let step = 0; step < iterations; step++) {
    pos.forEach((p, i) => {
      const a = anchors[i];
      if (!a) return;
      p.x += (a.x - p.x) * 0.04;
      p.y += (a.y - p.y) * 0.04;
    });
    separate();
  }
  for (let step = 0; step < 200 && separate(); step++);
  return pos.map((p) => ({ x: round(p.x), y: round(p.y) }));
}
