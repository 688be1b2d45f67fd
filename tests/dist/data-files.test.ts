/**
 * The open-data files as built: /data/trips.json and the lookup's /data/lookup.json and /data/lookup-names.json
 * say what the editor's content says. Needs `npm run build` first. (Moved from tests/unit/trips.test.ts and
 * tests/unit/lookup.test.ts, whose other tests need no build.)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countrySlug } from "../../src/lib/country-name";
import { fromWire, lookupTrips, type WireData } from "../../src/lib/lookup-data";
import { statusOn } from "../../src/lib/membership";
import { searchEntry } from "../../src/lib/names";
import { createIndex } from "../../src/lib/search";
import { recordReach } from "../../src/schemas/record";
import { DIST } from "../dist";
import { CONTENT, loadEvents, loadStates, loadTrips } from "../unit/content-data";

const states = loadStates();
const reach = recordReach.parse(
  (JSON.parse(readFileSync(join(CONTENT, "data/record.json"), "utf8")) as { trips: unknown }).trips,
);

describe("trips and how far their record goes", () => {
  const trips = loadTrips(states);
  it("publishes the status of every trip and the record's reach in /data/trips.json (needs `npm run build`)", () => {
    const file = join(DIST, "data/trips.json");
    expect(existsSync(file), "run `npm run build` first").toBe(true);
    const data = JSON.parse(readFileSync(file, "utf8")) as {
      recordCompleteThrough: string;
      lastChecked: string;
      trips: { id: string; status: string }[];
    };
    expect(data.recordCompleteThrough).toBe(reach.completeThrough);
    expect(data.lastChecked).toBe(reach.lastChecked);
    expect(data.trips.map((t) => [t.id, t.status])).toEqual(trips.map((t) => [t.id, t.status]));
  });
});

describe("the lookup's data files, /data/lookup.json and /data/lookup-names.json", () => {
  const trips = lookupTrips(loadTrips(states), loadEvents());
  /** Every name of every state, as the build knows them before the file is made small. */
  const full = states.map(searchEntry);
  const index = createIndex(full);

  it("as built, answer like the editor's data on every day a status changed, and find every name (needs a build)", () => {
    {
      const built = fromWire(JSON.parse(readFileSync(join(DIST, "data/lookup.json"), "utf8")) as WireData);
      const late = JSON.parse(readFileSync(join(DIST, "data/lookup-names.json"), "utf8")) as Record<string, string>;
      expect(built.countries).toHaveLength(states.length);
      const isDay = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v);
      const days = [
        ...new Set(states.flatMap((s) => [...s.actions.map((a) => a.date), ...Object.values(s).filter(isDay)])),
      ];
      for (const state of states) {
        const entry = built.countries.find((c) => c.iso2 === state.iso2);
        expect(entry?.slug, state.iso2).toBe(countrySlug(state));
        for (const day of days)
          expect(entry && statusOn(entry, day), `${state.iso2} on ${day}`).toBe(statusOn(state, day));
      }
      expect(built.trips.map((t) => t.id)).toEqual(trips.filter((t) => t.status === "made").map((t) => t.id));
      // The index the island builds from both files finds every name as the build's full list does.
      const island = createIndex(
        built.countries.map((c) => ({
          ...c,
          names: [...c.names, ...(c.unName ? [c.unName] : []), ...(late[c.iso2]?.split("|") ?? [])],
        })),
      );
      for (const entry of full)
        for (const name of entry.names) expect(island.find(name)[0]?.iso2, name).toBe(index.find(name)[0]?.iso2);
    }
  });
});

describe("the open data names every state in all three editions' words", () => {
  it("gives /data/icc-states.json and .csv the Russian and Ukrainian names the pages show (needs a build)", () => {
    const file = join(DIST, "data/icc-states.json");
    expect(existsSync(file), "run `npm run build` first").toBe(true);
    const rows = JSON.parse(readFileSync(file, "utf8")) as {
      iso2: string;
      name: string;
      name_ru: string;
      name_uk: string;
    }[];
    expect(rows).toHaveLength(states.length);
    // The editions' own names, from content/editions/ru/country-names.json and CLDR.
    expect(rows.find((r) => r.iso2 === "KG")).toMatchObject({
      name: "Kyrgyzstan",
      name_ru: "Кыргызстан",
      name_uk: "Киргизстан",
    });
    for (const r of rows) {
      expect(r.name_ru, r.iso2).toMatch(/[А-Яа-яЁё]/);
      expect(r.name_uk, r.iso2).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
    }
    const ru = readFileSync(join(DIST, "ru/countries/kyrgyzstan/index.html"), "utf8");
    expect(ru).toContain("Кыргызстан");
    const csv = readFileSync(join(DIST, "data/icc-states.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^iso2,iso3,name,unName,name_ru,name_uk,slug,/);
    expect(csv).toMatch(/\r\nKG,KGZ,Kyrgyzstan,Kyrgyzstan,Кыргызстан,Киргизстан,kyrgyzstan,/);
  });

  it("gives /data/timeline.json each event's title and summary in the editions that translate it", () => {
    const events = JSON.parse(readFileSync(join(DIST, "data/timeline.json"), "utf8")) as Record<string, unknown>[];
    expect(events).toHaveLength(loadEvents().length);
    for (const e of events)
      for (const key of ["title_ru", "title_uk", "summary_ru", "summary_uk"]) expect(e).toHaveProperty(key);
    const translated = events.filter((e) => typeof e["title_ru"] === "string");
    expect(translated.length).toBeGreaterThan(0);
    for (const e of translated) expect(e["title_ru"]).toMatch(/[А-Яа-яЁё]/);
  });
});
