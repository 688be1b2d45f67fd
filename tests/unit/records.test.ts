/** The records' types come from the schemas, and text is read back as a status only through a check. */
import { describe, expect, it } from "vitest";
import { STATUSES, parseStatus } from "../../src/lib/membership";
import { stateRows } from "../../src/lib/opendata";
import { editionNames } from "../../src/i18n/countries";
import { countrySlug } from "../../src/lib/country-name";
import { tripsFrom } from "../../src/lib/trips";
import { loadEvents, loadStates } from "./content-data";

describe("reading a status back from text", () => {
  it("gives every status its own name back", () => {
    for (const s of STATUSES) expect(parseStatus(s)).toBe(s);
  });

  it.each(["", "none", "Party", "party ", "non-party", "__proto__", "toString", null, undefined])(
    "refuses %o",
    (value) => {
      expect(parseStatus(value)).toBeNull();
    },
  );
});

describe("records typed by the schemas", () => {
  const states = loadStates();

  it("the downloads take the records as the schema and the treaty dates give them", () => {
    const rows = stateRows(states, "2026-01-01", countrySlug, editionNames);
    expect(rows).toHaveLength(states.length);
    expect(rows.find((r) => r.iso2 === "KG")).toMatchObject({
      url: "/countries/kyrgyzstan/",
      status: "signatory",
      name: "Kyrgyzstan",
      name_ru: "Кыргызстан",
      name_uk: "Киргизстан",
    });
  });

  it("the trips take the travel events as the timeline schema gives them", () => {
    const travel = loadEvents().flatMap((e) => (e.data.kind === "travel" ? [{ id: e.id, data: e.data }] : []));
    const trips = tripsFrom(travel, states);
    expect(trips.length).toBe(travel.length);
    expect(new Set(trips.map((t) => t.purpose))).toEqual(new Set(["summit", "bilateral"]));
  });
});
