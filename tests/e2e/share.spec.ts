/**
 * Sharing: the Share button copies the address of what it sits on and says so, or opens the device's
 * share sheet where there is one; every heading's "#" link lands on its heading.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const EVENT = "2023-10-12-putin-visits-kyrgyzstan";

/** The page's canonical address: the site's public address. */
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute("href");

/**
 * The address a Share button must copy for `path`: on the site's public address when one is configured, and while
 * it is the placeholder (a reserved .example name no reader can open), on the address the reader has open.
 */
async function addressFor(page: Page, path: string): Promise<string> {
  const site = new URL((await canonical(page)) ?? "");
  return new URL(path, site.hostname.endsWith(".example") ? page.url() : site).href;
}

test.describe("with no share sheet, the Share button copies the link", () => {
  test.beforeEach(async ({ context, page }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => {
      // As on most desktop browsers: no Web Share API.
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (Navigator.prototype as { canShare?: unknown }).canShare;
    });
  });

  async function shareAndRead(page: Page, scope: ReturnType<Page["locator"]>, expected: string) {
    await page.evaluate(() => navigator.clipboard.writeText("nothing yet"));
    const button = scope.getByRole("button", { name: /^Share/ });
    await expect(button).toBeVisible();
    await button.click();
    const status = scope.getByRole("status");
    await expect(status).toHaveText("Link copied");
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }

  test("on the explainer", async ({ page }) => {
    await page.goto("/");
    await shareAndRead(page, page.locator("article header"), await addressFor(page, "/"));
  });

  test("on an event in the timeline list: the event's own page", async ({ page }) => {
    await page.goto("/timeline/");
    const event = page.locator(`article[id="${EVENT}"]`);
    await event.scrollIntoViewIfNeeded();
    await shareAndRead(page, event, await addressFor(page, `/timeline/${EVENT}/`));
  });

  test("on an event's page", async ({ page }) => {
    await page.goto(`/timeline/${EVENT}/`);
    expect(await canonical(page)).toMatch(new RegExp(`/timeline/${EVENT}/$`));
    await shareAndRead(page, page.locator("main"), await addressFor(page, `/timeline/${EVENT}/`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Putin visits Kyrgyzstan for the CIS summit");
  });

  test("on a country page", async ({ page }) => {
    await page.goto("/countries/kyrgyzstan/");
    expect(await canonical(page)).toMatch(/\/countries\/kyrgyzstan\/$/);
    await shareAndRead(page, page.locator("main"), await addressFor(page, "/countries/kyrgyzstan/"));
  });

  test("on the map: the map as the reader set it, date and all", async ({ page }) => {
    await page.goto("/map/?at=2024-09-03");
    expect(await canonical(page)).toMatch(/\/map\/$/);
    await shareAndRead(page, page.locator("main share-button"), await addressFor(page, "/map/?at=2024-09-03"));
  });
});

test("where there is a share sheet, the Share button opens it with the page's title and address", async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto("/countries/kyrgyzstan/");
  await page
    .locator("main")
    .getByRole("button", { name: /^Share/ })
    .click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls))
    .toEqual([{ title: "Kyrgyzstan and the ICC", url: await addressFor(page, "/countries/kyrgyzstan/") }]);
  await expect(page.locator("main").getByRole("status")).toHaveText("");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("no Share button shows, since it could not work", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("share-button button")).toBeHidden();
    await page.goto(`/timeline/${EVENT}/`);
    await expect(page.locator("share-button button")).toBeHidden();
  });
});

test.describe("heading anchors", () => {
  test.use({ reducedMotion: "reduce" });

  for (const path of ["/", "/about/"]) {
    test(`every heading on ${path} has a visible "#" link that lands on it`, async ({ page }) => {
      await page.goto(path);
      const anchors = page.locator("main a.heading-anchor");
      const count = await anchors.count();
      expect(count).toBeGreaterThan(path === "/" ? 9 : 6);
      const headings = page.locator("main :is(h2, h3)");
      expect(await anchors.count(), "every h2 and h3 has an anchor").toBe(await headings.count());
      for (let i = 0; i < count; i++) {
        const anchor = anchors.nth(i);
        const heading = anchor.locator("xpath=..");
        const id = (await heading.getAttribute("id")) ?? "";
        const text = (await heading.evaluate((h) => h.firstChild?.textContent ?? "")).trim();
        expect(text.length, id).toBeGreaterThan(0);
        await expect(anchor).toHaveAccessibleName(
          `Link to section: ${(await heading.innerText()).replace(/\s*#$/, "")}`,
        );
        await expect(anchor).toHaveAttribute("href", `#${id}`);
        await page.evaluate(() => {
          window.scrollTo(0, 0);
        });
        await anchor.click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        expect(await heading.evaluate((h) => h.matches(":target")), `${id} is the target`).toBe(true);
        await expect(heading, `${id} is in view`).toBeInViewport();
        // Scrolled to the top of the window, unless the page ends before it can be.
        const { top, atBottom } = await heading.evaluate((h) => ({
          top: h.getBoundingClientRect().top,
          atBottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
        }));
        if (!atBottom) expect(Math.abs(top - 16), `${id} is at the top of the window`).toBeLessThan(4);
      }
    });
  }

  test("a shared section address opens the page at that heading", async ({ page }) => {
    await page.goto("/#why-could-kyrgyzstan-host-him");
    await expect(page.getByRole("heading", { name: /^Why could Kyrgyzstan host him\?/ })).toBeInViewport();
  });
});
