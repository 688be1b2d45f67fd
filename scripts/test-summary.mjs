// Reads the JSON reports of the three test layers (in reports/, which Playwright does not wipe) and adds up
// passed and failed tests. A Playwright test that passed only on a retry counts as passed and is named flaky.
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);

/** The Vitest layers' reports, by file name in reports/. */
export const VITEST_REPORTS = ["unit.json", "dist.json"];

/**
 * Counts from reports/unit.json and reports/dist.json (Vitest) and reports/e2e.json (Playwright).
 * `flaky` (Playwright tests that failed, then passed on retry) is included in `passed`.
 */
export function countResults(dir = "reports") {
  let passed = 0;
  let failed = 0;
  let flaky = 0;
  for (const name of VITEST_REPORTS) {
    const report = read(`${dir}/${name}`);
    if (report) {
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
    }
  }
  const e2e = read(`${dir}/e2e.json`);
  if (e2e?.stats) {
    flaky = e2e.stats.flaky ?? 0;
    passed += (e2e.stats.expected ?? 0) + flaky;
    failed += e2e.stats.unexpected ?? 0;
  }
  return { passed, failed, flaky };
}

/** The closing line: "N passed, N failed", or "N passed (M flaky), N failed" when a test passed only on retry. */
export function summaryLine({ passed, failed, flaky }) {
  return `${passed} passed${flaky > 0 ? ` (${flaky} flaky)` : ""}, ${failed} failed`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(summaryLine(countResults()));
}
