/**
 * The test fixture every end-to-end test uses: it fails a test whose page asks any host
 * but the local server for anything, logs a console error, or reports a CSP violation.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { htmlFiles, urlPath } from "../dist";

interface Guard {
  /** Console errors, page errors, CSP violations and off-site requests seen so far. */
  problems: string[];
  /** Tolerate console errors matching this pattern (e.g. the 404 a test asks for on purpose). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const origin = new URL(baseURL ?? "http://localhost").origin;
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        problems.push(`request to another host: ${url}`);
        return route.abort("blockedbyclient");
      });
      page.on("console", (msg) => {
        if (msg.type() === "error" && !allowed.some((re) => re.test(msg.text()))) {
          problems.push(`console error: ${msg.text()}`);
        }
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
      page.on("dialog", (dialog) => {
        problems.push(`dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use({ problems, allow: (pattern) => allowed.push(pattern) });
      expect(problems, "the page stayed on the local server and logged no error").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** A page of the built site: its path (`/`, `/timeline/`, `/404.html`) and, for a redirect page, its target. */
export interface BuiltPage {
  path: string;
  redirectTo: string | null;
}

/** Every HTML page in the built site. */
export function builtPages(): BuiltPage[] {
  return htmlFiles()
    .map((file) => {
      const refresh = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(readFileSync(file, "utf8"));
      return { path: urlPath(file), redirectTo: refresh?.[1] ?? null };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Waits until custom elements have run, so a test sees the enhanced page. */
export async function ready(page: Page): Promise<void> {
  await page.waitForLoadState("load");
}
