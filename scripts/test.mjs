// `npm test`: every gate in order — types, lint, format, build, unit tests, end-to-end tests —
// then one closing line "N passed, N failed" adding unit and end-to-end counts.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { NO_BROWSER_MESSAGE, findChromium } from "../tests/browser.mjs";
import { countResults } from "./test-summary.mjs";

const steps = [
  ["Type check (astro check)", "astro", ["check", "--minimumFailingSeverity", "warning"]],
  ["Lint (eslint)", "eslint", ["."]],
  ["Format (prettier)", "prettier", ["--check", "."]],
  // The build comes before Vitest: some unit tests read the built dist/ (headers, HTML, links, cards).
  ["Build (astro build)", "astro", ["build"]],
  ["Unit and component tests (vitest)", "vitest", ["run"]],
];

rmSync("reports", { recursive: true, force: true });
const failedSteps = [];
const run = (label, cmd, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(label);
  return result.status === 0;
};

for (const [label, cmd, args] of steps) run(label, cmd, args);

if (failedSteps.includes("Build (astro build)")) {
  console.error("\nEnd-to-end tests skipped: the build failed.");
} else if (findChromium() === null) {
  console.error(`\n${NO_BROWSER_MESSAGE}`);
  failedSteps.push("End-to-end tests (no browser)");
} else {
  run("End-to-end tests (playwright)", "playwright", ["test"]);
}

const { passed, failed } = countResults();
if (failedSteps.length > 0) console.error(`\nFailed: ${failedSteps.join("; ")}`);
const gateFailures = failedSteps.filter((s) => !s.startsWith("Unit") && !s.startsWith("End-to-end tests (p")).length;
console.log(`\n${passed} passed, ${failed + gateFailures} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
