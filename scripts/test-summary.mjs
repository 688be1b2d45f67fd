// Reads the JSON reports of Vitest and Playwright (in reports/, which Playwright does not wipe) and adds up passed and failed tests.
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);

/** Counts from reports/unit.json (Vitest) and reports/e2e.json (Playwright). */
export function countResults(dir = "reports") {
  let passed = 0;
  let failed = 0;
  const unit = read(`${dir}/unit.json`);
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += unit.numFailedTests ?? 0;
  }
  const e2e = read(`${dir}/e2e.json`);
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
  }
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = countResults();
  console.log(`${passed} passed, ${failed} failed`);
}
