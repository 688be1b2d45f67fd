import { defineConfig } from "vitest/config";

/**
 * Two layers (CONTRIBUTING.md, "Which test to write"):
 * - `unit`: src/lib and src/schemas, and content/ parsed by the schemas; never reads dist/, needs no build.
 * - `dist`: checks over the built site in dist/ (HTML, links, SEO, budgets, headers with nginx); run after a build.
 * Neither imports an `astro:` module, so plain Vite does (no getViteConfig: it would load the whole Astro config).
 * `npm run test:unit` / `npm run test:dist` run one layer; `vitest run` runs both.
 */
export default defineConfig({
  test: {
    reporters: ["default", "json"],
    // scripts/test.mjs runs each layer with its own --outputFile.json (reports/unit.json, reports/dist.json).
    outputFile: { json: "reports/vitest.json" },
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          benchmark: { include: ["tests/unit/**/*.bench.ts"] },
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "dist",
          include: ["tests/dist/**/*.test.ts"],
          // No benchmarks over dist/: the search bench (npm run bench) belongs to the unit project alone.
          benchmark: { include: [] },
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
