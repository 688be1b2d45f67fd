// Finds a Chromium for the end-to-end tests: CHROME_PATH, else Debian's, else Playwright's own download.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Flags that keep Chromium quiet and working as root in a container with no network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const NO_BROWSER_MESSAGE =
  "No Chromium found for the end-to-end tests. Install one with `apt-get install chromium` " +
  "(Debian/Ubuntu) or `npx playwright install chromium`, or point CHROME_PATH at a Chrome or Chromium binary.";

/** The path of a Chromium binary, or null when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}
