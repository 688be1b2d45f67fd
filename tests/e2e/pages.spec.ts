import { builtPages, expect, test, type BuiltPage } from "./fixtures";
import type { Page } from "@playwright/test";

const all = builtPages();
const pages = all.filter((p) => p.redirectTo === null);
const redirects = all.filter((p) => p.redirectTo !== null);
/** One page of each kind; every other page is loaded once per project below. */
const TYPES = [
  "/",
  "/timeline/",
  "/map/",
  "/countries/",
  "/countries/kyrgyzstan/",
  "/about/",
  "/404.html",
  "/embed/lookup/",
  "/embed/lookup/kyrgyzstan/",
  "/embed/map/",
];

const BACKGROUND = { light: "rgb(255, 255, 255)", dark: "rgb(20, 20, 20)" } as const;

async function readable(page: Page, { path }: BuiltPage, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(path, { waitUntil: "domcontentloaded" });
  expect(response?.status(), `${path} answers`).toBe(200);
  await expect(page.locator("main h1").first(), `${path} has a heading`).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg, `${path} in ${colorScheme}`).toBe(BACKGROUND[colorScheme]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} has no sideways scrolling`).toBeLessThanOrEqual(0);
}

test.describe("each kind of page, in light and dark, with no error and no off-site request", () => {
  // The project sets the width: 375 px or 1280 px.
  for (const path of TYPES) {
    test(path, async ({ page }) => {
      const built = pages.find((p) => p.path === path);
      expect(built, `${path} is built`).toBeDefined();
      for (const scheme of ["light", "dark"] as const) if (built) await readable(page, built, scheme);
    });
  }
});

test.describe("every page that exists loads with no error and no off-site request", () => {
  // Each page once per project: light at one width, dark at the other.
  const CHUNK = 25;
  for (let i = 0; i < pages.length; i += CHUNK) {
    const chunk = pages.slice(i, i + CHUNK);
    test(`pages ${i + 1}–${i + chunk.length} of ${pages.length}`, async ({ page }, info) => {
      test.setTimeout(120_000);
      const scheme = info.project.name === "mobile" ? "dark" : "light";
      for (const built of chunk) await readable(page, built, scheme);
    });
  }
});

test("every redirect (alpha-2 codes, former slugs, events' former addresses) leads to a page that exists", async ({
  request,
}) => {
  expect(redirects.length).toBeGreaterThan(190);
  for (const { path, redirectTo } of redirects) {
    expect(path, "a redirect lives at a code, a country's former slug or an event's former id").toMatch(
      /^\/countries\/[a-z0-9-]+\/$|^\/timeline\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/$/,
    );
    const target = pages.find((p) => p.path === redirectTo);
    expect(target, `${path} → ${String(redirectTo)} exists`).toBeDefined();
  }
  const response = await request.get("/countries/kg/");
  expect(await response.text()).toContain('content="0;url=/countries/kyrgyzstan/"');
  const renamed = await request.get("/countries/russian-federation/");
  expect(await renamed.text()).toContain('content="0;url=/countries/russia/"');
  const moved = await request.get("/timeline/2024-06-18-putin-visits-north-korea/");
  expect(await moved.text()).toContain('content="0;url=/timeline/2024-06-19-putin-visits-north-korea/"');
});

test("an unknown address gets the 404 page", async ({ page, guard }) => {
  guard.allow(/status of 404/);
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/timeline/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the navigation marks the current page", async ({ page }) => {
  await page.goto("/countries/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Countries" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Explainer" })).not.toHaveAttribute("aria-current", "page");
});
