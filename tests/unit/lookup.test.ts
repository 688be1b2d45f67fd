import { describe, expect, it } from "vitest";
import { buildCard, type LookupCountry, type LookupTrip } from "../../src/lib/lookup-card";
import { fromWire, lookupEntry, toWire, type WireData } from "../../src/lib/lookup-data";
import { lookupSearch, parseLookupParams } from "../../src/lib/lookup-state";
import { statusOn } from "../../src/lib/membership";
import { slugify } from "../../src/lib/slug";
import { rowMatches, sortRows } from "../../src/lib/table-sort";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../dist";
import { loadStates, loadTrips } from "./content-data";

const states = loadStates();
const byCode = (code: string) => {
  const s = states.find((x) => x.iso2 === code);
  if (!s) throw new Error(`no ${code}`);
  return { ...s, slug: slugify(s.name) } satisfies LookupCountry;
};
const trips: LookupTrip[] = loadTrips(states).map(({ id, iso2, start, end, cities, status, sinceWarrant }) => ({
  id,
  iso2,
  start,
  end,
  cities,
  status,
  sinceWarrant,
}));

describe("statuses of the hard cases, from the data", () => {
  it.each([
    ["KG", "2023-10-12", "signatory"],
    ["RU", "2023-03-17", "signature_withdrawn"],
    ["US", "2026-01-01", "signature_withdrawn"],
    ["IL", "2026-01-01", "signature_withdrawn"],
    ["SD", "2026-01-01", "signature_withdrawn"],
    ["BI", "2017-10-26", "withdrawing"],
    ["BI", "2017-10-27", "former_party"],
    ["PH", "2019-03-17", "former_party"],
    ["ZA", "2016-12-01", "withdrawing"],
    ["ZA", "2017-03-07", "party"],
    ["GM", "2016-12-01", "withdrawing"],
    ["GM", "2017-11-10", "party"],
    ["MY", "2019-06-01", "non_party"],
    ["AM", "2023-10-12", "signatory"],
    ["AM", "2024-02-01", "party"],
    ["UA", "2024-11-01", "signatory"],
    ["UA", "2025-01-01", "party"],
    ["HU", "2025-06-02", "withdrawing"],
    ["HU", "2026-05-29", "party"],
    ["HU", "2026-06-02", "party"],
    ["GM", "2002-08-31", "signatory"],
    ["GM", "2002-09-01", "party"],
    ["NA", "2002-09-01", "party"],
    ["VC", "2003-02-28", "non_party"],
    ["VC", "2003-03-01", "party"],
    ["MN", "2024-09-03", "party"],
    ["TJ", "2025-10-09", "party"],
    ["CN", "2026-01-01", "non_party"],
    ["PS", "2015-04-01", "party"],
  ])("%s on %s is %s", (code, day, status) => {
    expect(statusOn(byCode(code), day)).toBe(status);
  });
});

describe("the result card", () => {
  it("answers no for Kyrgyzstan on the day of the visit, and lists the visits with the status that day", () => {
    const card = buildCard(byCode("KG"), "2023-10-12", "2026-11-27", trips);
    expect(card.status).toBe("signatory");
    expect(card.answer).toBe(
      "No: on 12 October 2023, Kyrgyzstan was a signatory that had not ratified the Rome Statute.",
    );
    expect(card.visits[0]?.text).toMatch(/^12–13 October 2023, Bishkek.*: a signatory that had not ratified/);
    expect(card.facts).toContainEqual({ label: "Signed", value: "8 December 1998" });
    expect(card.href).toBe("/countries/kyrgyzstan/");
  });

  it("answers yes for Mongolia and says it was a State Party when Putin visited", () => {
    const card = buildCard(byCode("MN"), "2026-11-27", "2026-11-27", trips);
    expect(card.answer).toBe("Yes: today, Mongolia is a State Party to the Rome Statute.");
    expect(card.duty).toMatch(/must arrest him/);
    expect(card.visits.map((v) => v.text).join(" ")).toMatch(/September 2024, Ulaanbaatar: a State Party/);
  });

  it("leaves skipped trips out of the visits", () => {
    const card = buildCard(byCode("ZA"), "2026-11-27", "2026-11-27", trips);
    expect(card.visits).toEqual([]);
  });
});

describe("the lookup's address", () => {
  const known = (code: string) => code === "kg" || code === "mn";

  it("reads a country and a date", () => {
    expect(parseLookupParams("?country=KG&date=2023-10-12", known)).toEqual({
      country: "kg",
      date: "2023-10-12",
      ignored: [],
    });
  });

  it.each([
    ["?country=zz", "country"],
    ["?country=<script>alert(1)</script>", "country"],
    ["?date=2023-02-30", "date"],
    ["?date=1066-10-14", "date"],
    ["?date=%E0%A4%A", "date"],
    [`?country=${"k".repeat(10_000)}`, "country"],
  ])("ignores %s calmly, with a note about the %s", (search, field) => {
    const state = parseLookupParams(search, known);
    expect(state[field as "country" | "date"]).toBeNull();
    expect(state.ignored.join(" ")).toContain(field === "country" ? "country" : "date");
  });

  it("writes the address back, leaving today's date out", () => {
    expect(lookupSearch("KG", "2023-10-12")).toBe("?country=kg&date=2023-10-12");
    expect(lookupSearch("kg", null)).toBe("?country=kg");
    expect(lookupSearch(null, null)).toBe("");
  });
});

describe("the country table's sorting and filtering", () => {
  const rows = [
    { name: "Mongolia", status: "party", keys: { signed: "2000-12-29" } },
    { name: "China", status: "non_party", keys: { signed: "" } },
    { name: "Kyrgyzstan", status: "signatory", keys: { signed: "1998-12-08" } },
  ];
  it("sorts by a date column with empty values last, both ways", () => {
    expect(sortRows(rows, "signed", "ascending").map((r) => r.name)).toEqual(["Kyrgyzstan", "Mongolia", "China"]);
    expect(sortRows(rows, "signed", "descending").map((r) => r.name)).toEqual(["Mongolia", "Kyrgyzstan", "China"]);
  });
  it("filters by part of the name, ignoring case and accents, and by status", () => {
    expect(rows.filter((r) => rowMatches(r, "KYRG", "")).map((r) => r.name)).toEqual(["Kyrgyzstan"]);
    expect(rows.filter((r) => rowMatches(r, "", "party")).map((r) => r.name)).toEqual(["Mongolia"]);
    expect(rows.filter((r) => rowMatches(r, "<img src=x>", "")).map((r) => r.name)).toEqual([]);
  });
});

describe("the lookup's data file, /data/lookup.json", () => {
  it("gives back exactly what was packed: nulls and slugs restored", () => {
    const entry = (code: string, names: string[]) => {
      const record = byCode(code);
      return lookupEntry({ iso2: record.iso2, iso3: record.iso3, name: record.name, names }, record);
    };
    // Kyrgyzstan: a signature only; Hungary: a withdrawal withdrawn; Malaysia: an accession taken back.
    const full = { countries: [entry("KG", ["Киргизия"]), entry("HU", []), entry("MY", ["Malaisie"])], trips };
    expect(fromWire(toWire(full))).toEqual(full);
    expect(JSON.stringify(toWire(full))).not.toContain("null");
  });

  it("as built, answers like the editor's data on every day a status changed (needs `npm run build`)", () => {
    const built = fromWire(JSON.parse(readFileSync(join(DIST, "data/lookup.json"), "utf8")) as WireData);
    expect(built.countries).toHaveLength(states.length);
    const isDay = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v);
    const days = [
      ...new Set(states.flatMap((s) => [...s.actions.map((a) => a.date), ...Object.values(s).filter(isDay)])),
    ];
    for (const state of states) {
      const entry = built.countries.find((c) => c.iso2 === state.iso2);
      expect(entry?.slug, state.iso2).toBe(slugify(state.name));
      for (const day of days)
        expect(entry && statusOn(entry, day), `${state.iso2} on ${day}`).toBe(statusOn(state, day));
    }
    expect(built.trips.map((t) => t.id)).toEqual(trips.map((t) => t.id));
  });
});
