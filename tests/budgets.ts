/**
 * The byte budgets, in one place: `tests/dist/budgets.test.ts` fails `npm test` when the built site breaks
 * one, and `npm run bench` (scripts/bench.mjs) checks the same numbers beside Lighthouse's. Sizes are gzip level 6,
 * KB = 1024 bytes.
 */
export const BYTES = {
  /** Every script the explainer runs, external modules with their imports plus inline scripts. */
  explainerJs: 10 * 1024,
  /**
   * The explainer's first screen in every edition: its HTML up to the first <h2> after the at-a-glance box, plus all
   * its CSS, within 14 KB, about what a server's first flight carries (ten TCP segments of 1,460 bytes). The Cyrillic
   * editions spend ~900 more gzip bytes on the same words (two bytes a letter in UTF-8); they fit since the stylesheet
   * styles only the prose elements the site prints (src/styles/prose.css), not the typography plugin's full set.
   */
  explainerFirstScreen: 14 * 1024,
  /** The lookup island's script and imports plus the data it loads (/data/lookup.json). */
  lookupIsland: 20 * 1024,
  /** The map page's HTML, its inline SVG included. */
  mapHtml: 120 * 1024,
  /** The map island's script and its imports. */
  mapJs: 8 * 1024,
  /**
   * A lookup embed (/embed/lookup/, /embed/lookup/<country>/): every script it runs plus the data it carries inline,
   * as much as the lookup island and its data on the full site (lookupIsland), and never more than /countries/ loads.
   */
  embedLookup: 20 * 1024,
  /** The map embed's scripts: as much as the map island (mapJs), and never more than /map/ runs. */
  embedMapJs: 8 * 1024,
  /** All the CSS any page loads. */
  css: 9 * 1024,
} as const;

/** Lighthouse and timing budgets, checked only by `npm run bench`. */
export const BENCH = {
  /** Every Lighthouse category, on every page type. */
  score: 100,
  /** Lighthouse performance, median of three runs, on every page type. */
  performance: 98,
  cls: 0,
  buildMs: 60_000,
  /** The explainer's LCP over that of the peer's long post, served alike. */
  peerLcpRatio: 1.1,
} as const;
