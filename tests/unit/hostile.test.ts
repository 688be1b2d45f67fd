/**
 * Hostile input, table-driven (tests/hostile-payloads.ts), through the code that reads what a reader types or
 * puts in the address and the code that turns it into what the page shows: the lookup's address parser and its
 * matcher, the card it renders, the table's filter and the map's ?at= and #trip- readers. For every payload
 * nothing throws, what comes back is only what the data holds (known codes, real days, fixed messages), and no
 * text or link that reaches the page carries markup, a script URL or the payload itself. The browser keeps a few
 * payloads per island in tests/e2e/hostile.spec.ts.
 */
import { describe, expect, it } from "vitest";
import { countrySlug } from "../../src/lib/country-name";
import { isRealDate } from "../../src/lib/dates";
import { decodeFragment } from "../../src/lib/hash";
import { buildCard, type Card, type LookupCountry } from "../../src/lib/lookup-card";
import { en } from "./edition-t";
import { lookupTrips, occupiedVisits } from "../../src/lib/lookup-data";
import { FIRST_DAY, LAST_DAY, lookupSearch, parseLookupParams } from "../../src/lib/lookup-state";
import { parseAt, tripFromHash } from "../../src/lib/map-state";
import { searchEntry } from "../../src/lib/names";
import { createIndex } from "../../src/lib/search";
import { filterCodes, rowMatches } from "../../src/lib/table-sort";
import { PAYLOADS, type Payload } from "../hostile-payloads";
import { loadEvents, loadStates, loadTrips } from "./content-data";

const states = loadStates();
const events = loadEvents();
const index = createIndex(states.map(searchEntry));
const codes = new Set(states.map((s) => s.iso2));
const country = (iso2: string): LookupCountry => {
  const s = states.find((x) => x.iso2 === iso2);
  if (!s) throw new Error(`no ${iso2}`);
  return { ...s, slug: countrySlug(s) };
};
const trips = lookupTrips(loadTrips(states), events);
const occupied = occupiedVisits(events);
const NOW = "2026-12-01";

/** The messages the lookup may show about an address: fixed sentences that never repeat what it said. */
const IGNORED = new Set([
  "The address could not be read, so it was ignored.",
  "No country matches the name in the address exactly.",
  "No country matches the name in the address, so none is shown.",
  "The date in the address is not a date we can answer for, so today is shown.",
]);

/** The query string the address carries for a payload: the same value in every parameter the islands read. */
const query = (p: Payload) => {
  if (p.query !== undefined) return `?${p.query}`;
  const value = p.raw ?? encodeURIComponent(p.text);
  return `?country=${value}&date=${value}&at=${value}&q=${value}`;
};

/** Every string in a value, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value !== null && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];

/** What may not reach the page: markup, an event handler, a script or data URL, a character reference. */
const UNSAFE = /[<>]|\bon[a-z]+\s*=|javascript\s*:|data\s*:\s*text|&#|\{\{/i;
/** The payload itself, when it is long enough to be told apart from the site's own words. */
const echoes = (text: string, p: Payload) => p.text.trim().length >= 12 && text.includes(p.text.trim());

function expectSafeCard(card: Card, p: Payload): void {
  for (const text of strings(card)) {
    expect(text, `${p.name}: card text`).not.toMatch(UNSAFE);
    expect(echoes(text, p), `${p.name}: the card repeats the payload: ${text.slice(0, 80)}`).toBe(false);
  }
  for (const link of [
    card.more,
    ...card.visits,
    ...card.occupied,
    ...(card.onTheDay ? [card.onTheDay.link, ...card.onTheDay.later] : []),
  ]) {
    expect(link.href, `${p.name}: a link on the site`).toMatch(/^\/[a-z0-9/#-]*$/);
  }
}

describe.each(PAYLOADS)("the payload $name", (p) => {
  it("in the address: the lookup reads a known country or none, a real day or today, and says so calmly", () => {
    const state = parseLookupParams(query(p), (q) => index.resolve(q), en);
    if (state.country !== null)
      expect(codes.has(state.country.toUpperCase()), `${p.name}: ${state.country}`).toBe(true);
    if (state.date !== null) {
      expect(isRealDate(state.date)).toBe(true);
      expect(state.date >= FIRST_DAY && state.date <= LAST_DAY).toBe(true);
    }
    for (const code of state.close) expect(codes.has(code.toUpperCase()), `${p.name}: close ${code}`).toBe(true);
    expect(state.close.length).toBeLessThanOrEqual(3);
    for (const message of state.ignored) expect(IGNORED, `${p.name}: “${message}”`).toContain(message);
    // The address it writes back holds only the code and the day.
    expect(lookupSearch(state.country, state.date)).toMatch(
      /^(\?country=[a-z]{2}(&date=\d{4}-\d\d-\d\d)?|\?date=\d{4}-\d\d-\d\d)?$/,
    );
  });

  it("in the address: the card the lookup renders shows the data's words and links, never the payload", () => {
    const state = parseLookupParams(query(p), (q) => index.resolve(q), en);
    const card = buildCard(en, country(state.country?.toUpperCase() ?? "KG"), state.date ?? NOW, NOW, trips, occupied);
    expectSafeCard(card, p);
  });

  it("typed into the lookup or the table's filter: every suggestion is a country of the data, by its own name", () => {
    const names = new Map(states.map((s) => [s.iso2, s]));
    for (const hit of index.find(p.text)) {
      expect(codes.has(hit.iso2), `${p.name}: ${hit.iso2}`).toBe(true);
      expect(hit.name, p.name).toBe(names.get(hit.iso2)?.name);
      expect(hit.name, p.name).not.toMatch(UNSAFE);
    }
    const { entry, close } = index.resolve(p.text);
    for (const e of [...(entry ? [entry] : []), ...close]) expect(codes.has(e.iso2), p.name).toBe(true);
    for (const e of index.nearest(p.text)) expect(codes.has(e.iso2), p.name).toBe(true);
    const found = filterCodes(index, p.text);
    if (found !== null) for (const code of found) expect(codes.has(code), `${p.name}: ${code}`).toBe(true);
    const row = { iso2: "KG", name: "Kyrgyzstan", status: "signatory", keys: {} };
    expect(rowMatches(row, "", found)).toBe(found === null || found.has("KG"));
  });

  it("in the map's address: ?at= is a real day within the map's dates or nothing, #trip- an id or nothing", () => {
    const at = parseAt(query(p), "2022-12-01", NOW);
    if (at !== null) {
      expect(isRealDate(at), `${p.name}: ${at}`).toBe(true);
      expect(at >= "2022-12-01" && at <= NOW).toBe(true);
    }
    const hash = `#${p.raw ?? encodeURIComponent(p.text)}`;
    const trip = tripFromHash(hash);
    if (trip !== null) expect(trip).toMatch(/^[\w-]+$/);
    expect(() => decodeFragment(hash)).not.toThrow();
    expect(tripFromHash(`#trip-${p.raw ?? encodeURIComponent(p.text)}`) ?? "", p.name).toMatch(/^[\w-]*$/);
  });
});
