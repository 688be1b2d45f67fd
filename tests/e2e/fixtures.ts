/**
 * The test fixture every end-to-end test uses: it fails a test whose page asks any host
 * but the local server for anything, logs a console error, or reports a CSP violation. It listens to the page's
 * requests (page.on("request")) and intercepts none, so the browser's cache works as a reader's does.
 */
import { test as base, expect, type Page } from "@playwright/test";

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
      // Observe, never intercept: a page.route() on every request would turn off the HTTP cache for the whole test.
      page.on("request", (request) => {
        const url = request.url();
        if (!(url.startsWith(`${origin}/`) || url === origin || url.startsWith("data:") || url.startsWith("blob:"))) {
          problems.push(`request to another host: ${url}`);
        }
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

/**
 * Waits until the page's custom elements (or those named in `tags`, which must be on the page) are upgraded: their
 * module script has run and defined them, so a test sees the enhanced page rather than the server-rendered one.
 * (`goto` has already waited for `load`; waiting for it again, as this did once, waited for nothing.)
 */
export async function ready(page: Page, ...tags: string[]): Promise<void> {
  for (const tag of tags) await expect(page.locator(tag).first(), `<${tag}> is on the page`).toBeAttached();
  const pending = tags.length > 0 ? tags.map((tag) => `${tag}:not(:defined)`).join(", ") : ":not(:defined)";
  await expect(page.locator(pending), "every custom element is upgraded").toHaveCount(0);
}
