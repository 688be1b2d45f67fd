import { geoArea, geoContains, geoDistance } from "d3-geo";
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { atlasCountries, countryShape, thinnedCountries } from "../../src/lib/build/map-atlas";
import { drawMap, drawStatusMap, type MapDrawing } from "../../src/lib/build/map-draw";
import { panelFor, panels } from "../../src/lib/build/map-panels";
import { textWidth } from "../../src/lib/map-labels";
import type { MapState } from "../../src/lib/map-model";
import { cityPoint, inZoom, LAYOUTS, MARKER_RADIUS, type LayoutId } from "../../src/lib/map-views";
import { statusHistory } from "../../src/lib/status-history";
import { placeMarkers } from "../../src/lib/map-layout";
import { CITIES, MOSCOW, SMALL_STATES, type LonLat } from "../../src/lib/map-places";
import { isParty, statusOn, type MembershipRecord } from "../../src/lib/membership";
import { storyNotes } from "../../src/lib/trip-facts";
import { loadStates, loadTrips } from "./content-data";
import { en } from "./edition-t";

const TODAY = "2026-11-27";
const states: MapState[] = loadStates();
const trips = loadTrips();
const notes = storyNotes(trips, en);
const drawings: Record<LayoutId, MapDrawing> = {
  wide: drawMap({ trips, states, day: TODAY, historyFrom: trips[0]?.start ?? TODAY, notes }),
  narrow: drawMap({
    trips,
    states,
    day: TODAY,
    historyFrom: trips[0]?.start ?? TODAY,
    notes,
    layout: "narrow",
    grid: 1,
  }),
};
const drawing = drawings.wide;
const byIso2 = new Map(states.map((s) => [s.iso2, s]));
const KM_PER_RADIAN = 6371;
const km = (a: LonLat, b: LonLat) => geoDistance([a[0], a[1]], [b[0], b[1]]) * KM_PER_RADIAN;

describe("trips on the map", () => {
  it("has trips to draw", () => {
    expect(trips.length).toBeGreaterThan(20);
    expect(drawing.markers).toHaveLength(trips.length);
  });

  it("every trip's host exists in the ICC data", () => {
    const missing = trips.filter((t) => !byIso2.has(t.iso2)).map((t) => `${t.id}: ${t.iso2}`);
    expect(missing).toEqual([]);
  });

  it("has coordinates for every city the trips name", () => {
    const cities = [...new Set(trips.flatMap((t) => t.cities))];
    expect(cities.filter((c) => CITIES[c] === undefined)).toEqual([]);
  });

  it("every city in the table lies inside its host country in the detailed (1:50m) atlas", () => {
    const wrong = trips.flatMap((t) => {
      const a3 = byIso2.get(t.iso2)?.iso3 ?? "";
      const shape = countryShape(a3, "50m");
      return t.cities.filter((c) => !shape || !geoContains(shape, [...cityPoint(c)])).map((c) => `${t.id}: ${c}`);
    });
    expect(wrong).toEqual([]);
  });

  it.each(["wide", "narrow"] as const)(
    "the projection places each marker's city inside its host country's shape as drawn (%s)",
    (layout) => {
      const wrong: string[] = [];
      for (const m of drawings[layout].markers) {
        const panel = panels(layout).find((p) => p.id === m.panel);
        const host = byIso2.get(m.trip.iso2);
        if (!panel || !host) throw new Error(`no panel or host for ${m.trip.id}`);
        const point = panel.projection.invert?.([m.ax, m.ay]);
        if (!point) throw new Error(`cannot invert ${m.trip.id}`);
        const drawn = thinnedCountries(panel.scale, panel.projection, 0.8).find((f) => f.properties.a3 === host.iso3);
        const shape = countryShape(host.iso3, panel.scale);
        const dot = SMALL_STATES[host.iso3];
        if (shape && drawn) {
          if (!geoContains(shape, point) || !geoContains(drawn, point)) wrong.push(`${m.trip.id} (${m.panel})`);
        } else if (dot) {
          // A state drawn as a dot: the city must be near it.
          if (km(dot, point) > 50) wrong.push(`${m.trip.id}: ${Math.round(km(dot, point))} km from the dot`);
        } else {
          wrong.push(`${m.trip.id}: ${host.iso3} has neither a shape nor a dot`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it("puts Bishkek, Dushanbe, Astana, Tashkent and Ulaanbaatar in the close-up, far enough apart to tell apart", () => {
    const names = ["Bishkek", "Dushanbe", "Astana", "Tashkent", "Ulaanbaatar"];
    const zoom = panels().find((p) => p.id === "zoom");
    const xy = names.map((n) => {
      expect(inZoom(cityPoint(n)), n).toBe(true);
      const p = zoom?.projection([...cityPoint(n)]);
      if (!p) throw new Error(n);
      return p;
    });
    for (let i = 0; i < xy.length; i++) {
      for (let j = i + 1; j < xy.length; j++) {
        const [a, b] = [xy[i], xy[j]];
        if (!a || !b) continue;
        expect(Math.hypot(a[0] - b[0], a[1] - b[1]), `${names[i] ?? ""}–${names[j] ?? ""}`).toBeGreaterThan(
          2 * MARKER_RADIUS,
        );
      }
    }
  });

  it("numbers only the trips made since the warrant, 1..N in date order, and marks trips to States Parties", () => {
    const numbered = drawing.markers.filter((m) => m.trip.number !== null);
    expect(numbered.map((m) => m.trip.number)).toEqual(numbered.map((_, i) => i + 1));
    expect(numbered.every((m) => m.trip.status === "made" && m.trip.sinceWarrant)).toBe(true);
    const mongolia = drawing.markers.find((m) => m.trip.id === "2024-09-02-putin-visits-mongolia");
    expect(mongolia?.hostParty).toBe(true);
    const kyrgyzstan = drawing.markers.find((m) => m.trip.id === "2023-10-12-putin-visits-kyrgyzstan");
    expect(kyrgyzstan?.hostParty).toBe(false);
    expect(kyrgyzstan?.trip.number).toBe(1);
    // Both drawings carry the same trips with the same numbers.
    expect(drawings.narrow.markers.map((m) => [m.trip.id, m.trip.number])).toEqual(
      drawing.markers.map((m) => [m.trip.id, m.trip.number]),
    );
  });

  it("draws a line from Moscow for each trip made, and none for a trip skipped or only announced", () => {
    for (const m of drawing.markers) {
      if (m.trip.status !== "made") expect(m.line, m.trip.id).toBeNull();
      else expect(m.line, m.trip.id).toMatch(/^M[\d.]+[ -][\d.]+/);
    }
  });

  it.each(["wide", "narrow"] as const)(
    "leaves no two markers overlapping, and keeps each near its city (%s)",
    (layout) => {
      const { markers } = drawings[layout];
      for (let i = 0; i < markers.length; i++) {
        const a = markers[i];
        if (!a) continue;
        expect(Math.hypot(a.x - a.ax, a.y - a.ay), a.trip.id).toBeLessThan(8 * MARKER_RADIUS);
        for (let j = i + 1; j < markers.length; j++) {
          const b = markers[j];
          if (!b || a.panel !== b.panel) continue;
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.trip.id} / ${b.trip.id}`).toBeGreaterThanOrEqual(
            2 * MARKER_RADIUS,
          );
        }
      }
    },
  );
});

describe("the phone (narrow) drawing", () => {
  const narrow = drawings.narrow;
  const panelOf = (city: string) => panelFor(cityPoint(city), "narrow").id;

  it("puts the crowded places in the close-ups, first, and the far trips in the world below", () => {
    expect(narrow.panels.map((d) => d.panel.id)).toEqual(["zoom", "east", "world"]);
    for (const city of ["Minsk", "Bishkek", "Dushanbe", "Astana", "Tashkent", "Baku", "Istanbul"]) {
      expect(panelOf(city), city).toBe("zoom");
    }
    for (const city of ["Ulaanbaatar", "Beijing", "Pyongyang", "Gyeongju"]) expect(panelOf(city), city).toBe("east");
    for (const city of ["Rio de Janeiro", "Anchorage", "Johannesburg"]) expect(panelOf(city), city).toBe("world");
  });

  it("keeps every marker whole inside its panel: Rio and Alaska are not cut off", () => {
    for (const m of narrow.markers) {
      const d = narrow.panels.find((p) => p.panel.id === m.panel);
      if (!d) throw new Error(m.panel);
      expect(m.x - MARKER_RADIUS, m.trip.id).toBeGreaterThanOrEqual(0);
      expect(m.x + MARKER_RADIUS, m.trip.id).toBeLessThanOrEqual(narrow.width);
      expect(m.y - MARKER_RADIUS, m.trip.id).toBeGreaterThanOrEqual(d.panel.y);
      expect(m.y + MARKER_RADIUS, m.trip.id).toBeLessThanOrEqual(d.panel.y + d.panel.height);
    }
  });

  it("sets its words at least 12 px on a 375 px phone (343 px of map)", () => {
    const scale = 343 / LAYOUTS.narrow.width;
    expect(LAYOUTS.narrow.labelSize * scale).toBeGreaterThanOrEqual(12);
    // Every city label lies inside the drawing.
    for (const d of narrow.panels) {
      for (const l of d.labels) {
        const w = textWidth(l.text, LAYOUTS.narrow.labelSize);
        const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
        expect(x0, l.text).toBeGreaterThanOrEqual(0);
        expect(x0 + w, l.text).toBeLessThanOrEqual(narrow.width);
      }
    }
  });

  it("names the first trip's city, Bishkek", () => {
    expect(narrow.panels.flatMap((d) => d.labels.map((l) => l.text))).toContain("Bishkek");
  });
});

describe("story notes on the map", () => {
  it.each(["wide", "narrow"] as const)(
    "places every note, inside its panel, clear of markers and of each other (%s)",
    (layout) => {
      const placed = drawings[layout].panels.flatMap((d) => d.notes.map((n) => ({ ...n, panel: d.panel })));
      expect(placed.map((n) => n.note.title).sort()).toEqual(notes.map((n) => n.title).sort());
      for (const n of placed) {
        expect(n.x, n.note.title).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width, n.note.title).toBeLessThanOrEqual(drawings[layout].width);
        expect(n.y, n.note.title).toBeGreaterThanOrEqual(n.panel.y);
        expect(n.y + n.height, n.note.title).toBeLessThanOrEqual(n.panel.y + n.panel.height);
        for (const m of drawings[layout].markers.filter((x) => x.panel === n.panel.id)) {
          const cx = Math.max(n.x, Math.min(m.x, n.x + n.width));
          const cy = Math.max(n.y, Math.min(m.y, n.y + n.height));
          expect(Math.hypot(cx - m.x, cy - m.y), `${n.note.title} / ${m.trip.id}`).toBeGreaterThan(MARKER_RADIUS);
        }
        for (const o of placed) {
          if (o === n || o.panel.id !== n.panel.id) continue;
          const apart = o.x >= n.x + n.width || n.x >= o.x + o.width || o.y >= n.y + n.height || n.y >= o.y + o.height;
          expect(apart, `${n.note.title} / ${o.note.title}`).toBe(true);
        }
      }
    },
  );

  it.each(["wide", "narrow"] as const)("sits each note in the panel of the trip it is about (%s)", (layout) => {
    for (const d of drawings[layout].panels) {
      for (const n of d.notes) {
        const first = drawings[layout].markers.find((m) => m.trip.id === n.note.trips[0]?.id);
        expect(first?.panel, n.note.title).toBe(d.panel.id);
      }
    }
  });
});

describe("countries on the map", () => {
  // Thinning a border too hard can reverse a ring, and a reversed ring covers the rest of the globe: the whole
  // panel fills with one country. No country covers half the sphere (2π steradians), so none may here.
  // The full map and the explainer's compact map both thin at 0.8.
  it.each([["every map", 0.8]])(
    "%s (tolerance %d) draws no shape inside out in any panel of either drawing",
    (_, tolerance) => {
      const inverted = [...panels("wide"), ...panels("narrow")].flatMap((panel) =>
        thinnedCountries(panel.scale, panel.projection, tolerance)
          .filter((f) => geoArea(f) > 2 * Math.PI)
          .map((f) => `${panel.id}: ${f.properties.a3}`),
      );
      expect(inverted).toEqual([]);
    },
  );

  const world = drawing.panels.find((d) => d.panel.id === "world");
  const drawn = new Set([...(world?.shapes ?? []), ...(world?.dots ?? [])].map((s) => s.a3));

  it("every State Party has a shape or a dot on the world map", () => {
    const parties = states.filter((s) => isParty(statusOn(s, TODAY)));
    expect(parties.length).toBeGreaterThan(100);
    expect(parties.filter((s) => !drawn.has(s.iso3)).map((s) => s.name)).toEqual([]);
  });

  it("every state in the ICC list has a shape or a dot, coloured by its status today", () => {
    expect(states.filter((s) => !drawn.has(s.iso3)).map((s) => s.name)).toEqual([]);
    const kyrgyzstan = world?.shapes.find((s) => s.a3 === "KGZ");
    expect(kyrgyzstan?.status).toBe(statusOn(byIso2.get("KG") as MembershipRecord, TODAY));
  });

  it("the membership map draws every state in the ICC list, as a shape or a dot, coloured by its status today", () => {
    const map = drawStatusMap({ states, day: TODAY });
    const on = new Set([...map.shapes, ...map.dots].map((c) => c.a3));
    expect(states.filter((s) => !on.has(s.iso3)).map((s) => s.name)).toEqual([]);
    const kyrgyzstan = map.shapes.find((c) => c.a3 === "KGZ");
    expect(kyrgyzstan?.status).toBe(statusOn(byIso2.get("KG") as MembershipRecord, TODAY));
    // The dots at the edges (Pacific states) are drawn whole.
    for (const d of map.dots) {
      expect(d.cx, d.a3).toBeGreaterThanOrEqual(3);
      expect(d.cx, d.a3).toBeLessThanOrEqual(map.width - 3);
    }
  });

  it("places every small-state dot on or near its country in the detailed atlas", () => {
    const far = Object.entries(SMALL_STATES).flatMap(([a3, point]) => {
      const shape = countryShape(a3, "50m");
      if (!shape) return [`${a3}: not in the 1:50m atlas`];
      if (geoContains(shape, [...point])) return [];
      // Capitals on tiny atolls may fall just off the simplified coastline.
      const rings: Position[][] =
        shape.geometry.type === "Polygon" ? shape.geometry.coordinates : shape.geometry.coordinates.flat();
      const nearest = Math.min(...rings.flat().map((c) => km(point, [c[0] ?? 0, c[1] ?? 0])));
      return nearest > 30 ? [`${a3}: ${Math.round(nearest)} km away`] : [];
    });
    expect(far).toEqual([]);
  });

  it("only uses dots for states the 1:110m atlas does not draw", () => {
    const shapes = new Set(atlasCountries("110m").map((f) => f.properties.a3));
    expect(Object.keys(SMALL_STATES).filter((a3) => shapes.has(a3))).toEqual([]);
  });

  it("draws Crimea (34.1 E, 44.95 N) as part of Ukraine, not Russia", () => {
    for (const scale of ["110m", "50m"] as const) {
      const ukraine = countryShape("UKR", scale);
      const russia = countryShape("RUS", scale);
      if (!ukraine || !russia) throw new Error(scale);
      expect(geoContains(ukraine, [34.1, 44.95]), scale).toBe(true);
      expect(geoContains(russia, [34.1, 44.95]), scale).toBe(false);
    }
    expect(geoContains(countryShape("RUS", "110m") ?? { type: "Sphere" }, [...MOSCOW])).toBe(true);
  });

  it("ships a status history only for states whose status changed since the first trip", () => {
    const histories = new Map(
      (world?.shapes ?? []).filter((s) => s.history !== null).map((s) => [s.a3, s.history ?? ""]),
    );
    expect(histories.get("UKR")).toBe(`${trips[0]?.start ?? ""} signatory;2025-01-01 party`);
    expect(histories.get("KGZ")).toBeUndefined();
  });
});

describe("statusHistory", () => {
  const base: MembershipRecord = {
    iso2: "XX",
    name: "Test",
    signed: "2000-01-01",
    signatureWithdrawn: null,
    deposited: "2023-11-14",
    depositWithdrawn: null,
    entryIntoForce: "2024-02-01",
    withdrawalNotified: null,
    withdrawalEffective: null,
    withdrawalRevoked: null,
  };

  it("lists the status on the first day, then each change up to the last", () => {
    expect(statusHistory(base, "2022-12-09", "2026-11-27")).toBe("2022-12-09 signatory;2024-02-01 party");
    expect(
      statusHistory(
        { ...base, entryIntoForce: "2002-07-01", withdrawalNotified: "2025-06-02", withdrawalEffective: "2026-06-02" },
        "2022-12-09",
        "2026-11-27",
      ),
    ).toBe("2022-12-09 party;2025-06-02 withdrawing;2026-06-02 former_party");
  });

  it("is null when nothing changed, and ignores changes after the last day", () => {
    expect(statusHistory(base, "2024-03-01", "2026-11-27")).toBeNull();
    expect(statusHistory(base, "2022-12-09", "2024-01-31")).toBeNull();
  });
});

describe("placeMarkers", () => {
  const bounds = [
    [0, 0],
    [200, 200],
  ] as const;

  it("spreads markers that share a point around it without overlaps", () => {
    const anchors = Array.from({ length: 5 }, () => ({ x: 100, y: 100 }));
    const placed = placeMarkers(anchors, { radius: 10, gap: 2, bounds });
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i], placed[j]];
        if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(20);
      }
      const p = placed[i];
      if (p) expect(Math.hypot(p.x - 100, p.y - 100)).toBeLessThan(40);
    }
  });

  it("leaves a lone marker on its point and keeps markers inside the bounds", () => {
    expect(placeMarkers([{ x: 50, y: 60 }], { radius: 10, gap: 2, bounds })).toEqual([{ x: 50, y: 60 }]);
    const edge = placeMarkers(
      [
        { x: 1, y: 1 },
        { x: 1, y: 1 },
      ],
      { radius: 10, gap: 2, bounds },
    );
    for (const p of edge) {
      expect(p.x).toBeGreaterThanOrEqual(10);
      expect(p.y).toBeGreaterThanOrEqual(10);
    }
  });

  it("keeps markers clear of obstacles", () => {
    const [p] = placeMarkers([{ x: 100, y: 100 }], { radius: 10, gap: 2, bounds, obstacles: [{ x: 100, y: 100 }] });
    expect(p && Math.hypot(p.x - 100, p.y - 100)).toBeGreaterThanOrEqual(21.9);
  });
});
