/**
 * The byte budgets of tests/budgets.ts, checked on the built site, so a heavier island or page fails `npm test`
 * (Lighthouse's own scores stay in `npm run bench`). Needs `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gz, island, weigh } from "../../scripts/weigh.mjs";
import { BYTES } from "../budgets";
import { DIST } from "../dist";
import { LOCALES } from "../../src/lib/locales";
import * as routes from "../../src/lib/routes";

/** The explainer in every edition: "/", "/ru/", "/uk/". */
const HOMES = LOCALES.map((l) => routes.home(undefined, l));

type Weight = { html: number; css: number; js: number; firstScreen: number };
const weighPage = weigh as (dist: string, path: string) => Weight;
const islandJs = island as (dist: string, component: string) => number;
const gzip = gz as (text: string | Buffer) => number;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const built = existsSync(join(DIST, "index.html"));

describe("byte budgets (gzip; tests/budgets.ts)", () => {
  it("has a built site to weigh", () => {
    expect(built, "run `npm run build` first").toBe(true);
  });

  it.each(HOMES)(`keeps the explainer's scripts at %s within ${kb(BYTES.explainerJs)}`, (home) => {
    expect(weighPage(DIST, home).js, `${home}: the explainer's scripts, gzip bytes`).toBeLessThanOrEqual(
      BYTES.explainerJs,
    );
  });

  it.each(HOMES)(`keeps the explainer's first screen at %s within ${kb(BYTES.explainerFirstScreen)}`, (home) => {
    expect(weighPage(DIST, home).firstScreen, `${home}: the explainer's first screen, gzip bytes`).toBeLessThanOrEqual(
      BYTES.explainerFirstScreen,
    );
  });

  it.each(LOCALES)("keeps the %s edition's map page within the map page's budget", (locale) => {
    const path = routes.map(locale);
    expect(weighPage(DIST, path).html, `${path}: HTML, gzip bytes`).toBeLessThanOrEqual(BYTES.mapHtml);
  });

  it(`keeps the lookup island and its data within ${kb(BYTES.lookupIsland)}`, () => {
    const js = islandJs(DIST, "CountryLookup");
    expect(js, "the lookup island's script was not found").toBeGreaterThan(0);
    expect(
      js + gzip(readFileSync(join(DIST, "data/lookup.json"))),
      "the lookup island and /data/lookup.json, gzip bytes",
    ).toBeLessThanOrEqual(BYTES.lookupIsland);
  });

  it(`keeps the map page's HTML within ${kb(BYTES.mapHtml)} and its island within ${kb(BYTES.mapJs)}`, () => {
    expect(weighPage(DIST, "/map/").html, "the map page's HTML, gzip bytes").toBeLessThanOrEqual(BYTES.mapHtml);
    const js = islandJs(DIST, "TravelMap");
    expect(js, "the map island's script was not found").toBeGreaterThan(0);
    expect(js, "the map island's script and its imports, gzip bytes").toBeLessThanOrEqual(BYTES.mapJs);
  });

  /** The gzipped bytes of the lookup data an embed carries inline (its JSON block). */
  const inlineData = (path: string) => {
    const html = readFileSync(join(DIST, path, "index.html"), "utf8");
    const json = /<script type="application\/json" id="lookup-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    return json === undefined ? 0 : gzip(json);
  };

  it(`keeps each lookup embed's scripts and inline data within ${kb(BYTES.embedLookup)}, and the full page's`, () => {
    const full = weighPage(DIST, "/countries/").js + gzip(readFileSync(join(DIST, "data/lookup.json")));
    for (const path of ["/embed/lookup/", "/embed/lookup/kyrgyzstan/"]) {
      const data = inlineData(path);
      expect(data, `${path} carries the lookup's data`).toBeGreaterThan(1024);
      const bytes = weighPage(DIST, path).js + data;
      expect(bytes, path).toBeLessThanOrEqual(BYTES.embedLookup);
      expect(bytes, `${path}: no more than the lookup on /countries/`).toBeLessThanOrEqual(full);
    }
  });

  it(`keeps the map embed's scripts within ${kb(BYTES.embedMapJs)} and the map page's, its HTML within the page's budget`, () => {
    const embed = weighPage(DIST, "/embed/map/");
    expect(embed.js, "the map embed runs the map island").toBeGreaterThan(1024);
    expect(embed.js).toBeLessThanOrEqual(BYTES.embedMapJs);
    expect(embed.js, "no more than /map/ runs").toBeLessThanOrEqual(weighPage(DIST, "/map/").js);
    expect(embed.html).toBeLessThanOrEqual(BYTES.mapHtml);
  });

  it(`keeps all the CSS a page loads within ${kb(BYTES.css)}`, () => {
    const css = readdirSync(join(DIST, "_astro")).filter((f) => f.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    const pages = ["/", "/map/", "/countries/", "/timeline/", "/embed/lookup/", "/embed/map/"];
    for (const path of LOCALES.flatMap((l) => pages.map((p) => routes.at(p, l)))) {
      expect(weighPage(DIST, path).css, `the CSS ${path} loads, gzip bytes`).toBeLessThanOrEqual(BYTES.css);
    }
  });
});
