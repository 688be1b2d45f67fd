/**
 * Every address routes.ts builds is a page the build makes: the pages' files under src/pages, with the dynamic ones
 * filled in from the content (every event id, every country slug), give the list of generated paths, and every
 * route a page links to must be in it. No build needed.
 */
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { countrySlug } from "../../src/lib/country-name";
import { lookupSearch, parseLookupParams } from "../../src/lib/lookup-state";
import { en } from "./edition-t";
import * as routes from "../../src/lib/routes";
import { LOCALES, langParam } from "../../src/lib/locales";
import { NAV } from "../../src/lib/site";
import { loadEvents, loadStates } from "./content-data";

const PAGES = resolve(import.meta.dirname, "../../src/pages");
const events = loadEvents();
const states = loadStates();

/** What fills each dynamic page's parameter; pages not listed here (the og cards) are not built by routes.ts. */
const PARAMS: Record<string, string[]> = {
  "timeline/[id]": events.map((e) => e.id),
  "countries/[id]": states.map(countrySlug),
  "icons/[name].png": ["icon-192", "icon-512"],
};

/** The paths the build makes from src/pages: "/", "/about/", "/data/trips.json", "/timeline/<id>/"… */
function generatedPaths(): Set<string> {
  const paths = new Set<string>();
  const files = readdirSync(PAGES, { recursive: true, encoding: "utf8" }).filter((f) => /\.(astro|ts)$/.test(f));
  for (const file of files) {
    const file_route = relative(PAGES, join(PAGES, file))
      .replace(/\.astro$|\.ts$/, "")
      .replaceAll("\\", "/");
    const page = (p: string) => (/\.[a-z]+$/.test(p) ? `/${p}` : `/${p}/`.replace(/\/index\/$|^\/index\/$/, "/"));
    // A page under [...lang]/ is built once per edition: the default language without a prefix.
    const editions = file_route.startsWith("[...lang]/")
      ? LOCALES.map((l) => `${langParam(l) === undefined ? "" : `${l}/`}${file_route.slice("[...lang]/".length)}`)
      : [file_route];
    for (const route of editions) {
      const bare = route.replace(/^(ru|uk|en)\//, "");
      if (!bare.includes("[")) {
        paths.add(page(route).replace("//", "/"));
        continue;
      }
      const key = bare.replace(/\/index$/, "");
      for (const value of PARAMS[key] ?? []) paths.add(page(route.replace(/\[[^\]]+\]/, value)));
    }
  }
  return paths;
}

const generated = generatedPaths();
/** The path a link opens, without its query or fragment. */
const pathOf = (href: string) => new URL(href, "http://site.invalid").pathname;

describe("routes", () => {
  it("the list of generated paths has every page type (the test reads src/pages correctly)", () => {
    for (const p of ["/", "/timeline/", "/map/", "/countries/", "/about/", "/404/", "/rss.xml", "/data/trips.json"])
      expect(generated, p).toContain(p);
    expect(generated).toContain("/timeline/2023-03-17-icc-issues-putin-warrant/");
    expect(generated).toContain("/countries/kyrgyzstan/");
  });

  it.each(LOCALES)(
    "builds the address of every page, section and feed in the %s edition as a page the build makes",
    (locale) => {
      const links = [
        routes.home(undefined, locale),
        routes.home("updates", locale),
        routes.timeline(undefined, locale),
        routes.map(locale),
        routes.countries(locale),
        routes.countryOn("KG", "2023-10-12", locale),
        routes.about(undefined, locale),
        routes.about("data-trips", locale),
        routes.feed(locale),
        routes.embedLookup(undefined, locale),
        routes.embedMap(locale),
        ...routes.DATA_FILES.map(routes.data),
        routes.icon(192),
        routes.icon(512),
        ...NAV.map((n) => n.href(locale)),
      ];
      for (const href of links) expect(generated, href).toContain(pathOf(href));
    },
  );

  it.each(LOCALES)(
    "builds a page for every event and country in the %s edition, and a place on its timeline",
    (locale) => {
      const timeline = pathOf(routes.timeline(undefined, locale));
      for (const e of events) {
        expect(generated).toContain(routes.event(e.id, locale));
        expect(pathOf(routes.timeline(e.id, locale))).toBe(timeline);
      }
      for (const s of states) expect(generated).toContain(routes.country(countrySlug(s), locale));
    },
  );

  it("builds every page type once per edition of the list, and nothing under a code the list lacks", () => {
    const pageTypes = ["/", "/timeline/", "/map/", "/countries/", "/about/", "/rss.xml", "/embed/map/"];
    for (const locale of LOCALES) {
      const prefix = langParam(locale) === undefined ? "" : `/${locale}`;
      for (const p of pageTypes) expect(generated, `${locale} ${p}`).toContain(`${prefix}${p}`);
    }
    const prefixes = new Set([...generated].map((p) => p.split("/")[1]).filter((p) => /^[a-z]{2}$/.test(p ?? "")));
    expect([...prefixes].sort()).toEqual(LOCALES.filter((l) => langParam(l) !== undefined).sort());
  });

  it("writes addresses with a trailing slash and a fragment after it, as the static host serves them", () => {
    expect(routes.home()).toBe("/");
    expect(routes.home("updates")).toBe("/#updates");
    expect(routes.timeline("2023-03-17-icc-issues-putin-warrant")).toBe(
      "/timeline/#2023-03-17-icc-issues-putin-warrant",
    );
    expect(routes.event("2023-10-12-visit-kyrgyzstan")).toBe("/timeline/2023-10-12-visit-kyrgyzstan/");
    expect(routes.country("kyrgyzstan")).toBe("/countries/kyrgyzstan/");
    expect(routes.about("data-trips")).toBe("/about/#data-trips");
    expect(routes.data("icc-states.csv")).toBe("/data/icc-states.csv");
    expect(routes.feed()).toBe("/rss.xml");
  });

  it("opens the lookup on a country and a day with the query the lookup itself reads and writes", () => {
    const href = routes.countryOn("KG", "2023-10-12");
    expect(href).toBe(`/countries/${lookupSearch("kg", "2023-10-12")}`);
    const state = parseLookupParams(
      new URL(href, "http://site.invalid").search,
      (q) => ({
        entry: q === "kg" ? { iso2: "KG" } : null,
        close: [],
      }),
      en,
    );
    expect(state).toEqual({ country: "kg", date: "2023-10-12", close: [], ignored: [] });
    expect(routes.countryOn("KG", null)).toBe("/countries/?country=kg");
  });

  it("puts an edition's prefix before every page and none before the default language's or the data", () => {
    expect(routes.event("2023-10-12-visit-kyrgyzstan", "ru")).toBe("/ru/timeline/2023-10-12-visit-kyrgyzstan/");
    expect(routes.home("updates", "uk")).toBe("/uk/#updates");
    expect(routes.countryOn("KG", null, "uk")).toBe("/uk/countries/?country=kg");
    expect(routes.country("kyrgyzstan", "en")).toBe(routes.country("kyrgyzstan"));
    expect(routes.data("trips.json")).toBe("/data/trips.json");
  });
});
