// `npm test`: every gate in order — types, lint, format, unit tests, build, dist tests, end-to-end tests — each
// timed, then one closing line "N passed, N failed" ("N passed (M flaky), N failed" when a test passed only on
// retry) adding up the unit, dist and end-to-end counts. .ci/run reads that line.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { NO_BROWSER_MESSAGE, findChromium } from "../tests/browser.mjs";
import { countResults, summaryLine } from "./test-summary.mjs";

const BUILD = "Build (astro build)";
/** Steps whose failures are counted as tests in the closing line; any other failed step counts as one failure. */
const TEST_STEPS = new Set(["Unit tests (vitest, unit)", "Dist tests (vitest, dist)", "End-to-end tests (playwright)"]);

const steps = [
  ["Type check (astro check)", "astro", ["check", "--minimumFailingSeverity", "warning"]],
  ["Lint (eslint)", "eslint", ["."]],
  ["Format (prettier)", "prettier", ["--check", "."]],
  // The unit layer needs no build; it runs first so a logic error shows in seconds.
  ["Unit tests (vitest, unit)", "vitest", ["run", "--project", "unit", "--outputFile.json=reports/unit.json"]],
  [BUILD, "astro", ["build"]],
  // Checks over the built dist/: HTML, links, SEO, budgets, headers with nginx.
  ["Dist tests (vitest, dist)", "vitest", ["run", "--project", "dist", "--outputFile.json=reports/dist.json"]],
  ["End-to-end tests (playwright)", "playwright", ["test"]],
];

rmSync("reports", { recursive: true, force: true });
const failedSteps = [];
/** [label, seconds, outcome] of each step, for the table at the end. */
const times = [];

for (const [label, cmd, args] of steps) {
  if ((label.startsWith("Dist") || label.startsWith("End-to-end")) && failedSteps.includes(BUILD)) {
    console.error(`\n${label} skipped: the build failed.`);
    times.push([label, 0, "skipped"]);
    continue;
  }
  if (label.startsWith("End-to-end") && findChromium() === null) {
    console.error(`\n${NO_BROWSER_MESSAGE}`);
    failedSteps.push("End-to-end tests (no browser)");
    times.push([label, 0, "no browser"]);
    continue;
  }
  console.log(`\n▶ ${label}`);
  const start = performance.now();
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  const seconds = (performance.now() - start) / 1000;
  const ok = result.status === 0;
  if (!ok) failedSteps.push(label);
  times.push([label, seconds, ok ? "ok" : "failed"]);
  console.log(`◀ ${label}: ${ok ? "ok" : "failed"} in ${seconds.toFixed(1)} s`);
}

console.log("\nSteps:");
const width = Math.max(...times.map(([label]) => label.length));
for (const [label, seconds, outcome] of times) {
  console.log(`  ${label.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s  ${outcome}`);
}
const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`  ${"Total".padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);

const counts = countResults();
if (failedSteps.length > 0) console.error(`\nFailed: ${failedSteps.join("; ")}`);
const gateFailures = failedSteps.filter((s) => !TEST_STEPS.has(s)).length;
console.log(`\n${summaryLine({ ...counts, failed: counts.failed + gateFailures })}`);
process.exit(failedSteps.length > 0 ? 1 : 0);
