import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/browser.mjs";

/** The port of the preview server the tests run against; E2E_PORT lets two runs share a machine. */
const PORT = Number(process.env["E2E_PORT"] ?? 4322);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env["CI"],
  fullyParallel: true,
  workers: 2,
  // One retry on CI: two cores shared by a build server and a browser make timings noisy; a retried pass is reported as flaky.
  retries: process.env["CI"] ? 1 : 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  // Two widths, but not every test twice: the mobile project runs only the tests about a phone's layout and touch.
  // Tag a test "@phone" to run it at both widths (the page sweep, axe, the trip tables), "@phone-only" to run it
  // at 375 px alone (the map and the lookup on a phone). Untagged tests run on desktop only.
  projects: [
    {
      name: "desktop",
      grepInvert: /@phone-only/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    {
      name: "mobile",
      grep: /@phone/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    // The built site, served as a static host would serve it.
    command: `astro preview --port ${PORT} --ignore-lock`,
    env: { ASTRO_PREVIEW_BACKGROUND: "0" },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});
