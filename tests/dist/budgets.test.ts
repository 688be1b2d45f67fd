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

  it(`keeps the explainer's scripts within ${kb(BYTES.explainerJs)}`, () => {
    expect(weighPage(DIST, "/").js, "the explainer's scripts, gzip bytes").toBeLessThanOrEqual(BYTES.explainerJs);
  });

  it(`keeps the explainer's first screen within ${kb(BYTES.explainerFirstScreen)}`, () => {
    expect(weighPage(DIST, "/").firstScreen, "the explainer's first screen, gzip bytes").toBeLessThanOrEqual(
      BYTES.explainerFirstScreen,
    );
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

  it(`keeps all the CSS a page loads within ${kb(BYTES.css)}`, () => {
    const css = readdirSync(join(DIST, "_astro")).filter((f) => f.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    for (const path of ["/", "/map/", "/countries/", "/timeline/"]) {
      expect(weighPage(DIST, path).css, `the CSS ${path} loads, gzip bytes`).toBeLessThanOrEqual(BYTES.css);
    }
  });
});
