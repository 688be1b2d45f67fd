/**
 * One page of each template, as a browser shows it, in light and dark, at both widths (tagged @phone, so the
 * mobile project runs it too): it answers, has its heading, takes the theme's background and never scrolls
 * sideways, with no error and no off-site request (the fixture). What every one of the ~530 pages must be that the
 * HTML alone shows (one h1, scripts the CSP allows, nothing from another host, redirects that lead somewhere) is
 * checked over dist/ in tests/dist/pages.test.ts. Each template is loaded in every translated edition too (/ru/…,
 * /uk/…), in light, at 375 px; what every edition page says of its language is in tests/dist/editions.test.ts.
 */
import type { Page } from "@playwright/test";
import { DEFAULT_LOCALE, LOCALES } from "../../src/lib/locales";
import { expect, test } from "./fixtures";

/** One page per template: [what it is, its path, the page a redirect lands on]. */
const TEMPLATES: [string, string, string?][] = [
  ["the explainer", "/"],
  ["the timeline", "/timeline/"],
  ["an event's page", "/timeline/2023-10-12-putin-visits-kyrgyzstan/"],
  ["the map", "/map/"],
  ["the countries page", "/countries/"],
  ["a country's page", "/countries/kyrgyzstan/"],
  ["a redirect page (an alpha-2 code)", "/countries/kg/", "/countries/kyrgyzstan/"],
  ["the about page", "/about/"],
  ["the 404 page", "/404.html"],
  ["the lookup embed", "/embed/lookup/"],
  ["a country's lookup embed", "/embed/lookup/kyrgyzstan/"],
  ["the map embed", "/embed/map/"],
];

/**
 * The same templates in each translated edition (/ru/…, /uk/…; a redirect stays in its edition), in light only: the
 * theme does not change with the language; the width a page needs may (longer words).
 */
const EDITION_TEMPLATES: [string, string, string?][] = LOCALES.filter((l) => l !== DEFAULT_LOCALE).flatMap((l) =>
  TEMPLATES.map(([what, path, landsOn]): [string, string, string?] =>
    landsOn === undefined ? [`${what} (${l})`, `/${l}${path}`] : [`${what} (${l})`, `/${l}${path}`, `/${l}${landsOn}`],
  ),
);

const BACKGROUND = { light: "rgb(255, 255, 255)", dark: "rgb(20, 20, 20)" } as const;

async function readable(page: Page, path: string, colorScheme: "light" | "dark", landsOn = path) {
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBe(200);
  if (landsOn !== path) await page.waitForURL(landsOn);
  await expect(page.locator("main h1").first(), `${path} has a heading`).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg, `${path} in ${colorScheme}`).toBe(BACKGROUND[colorScheme]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} has no sideways scrolling`).toBeLessThanOrEqual(0);
}

test.describe("one page of each template, in light and dark, with no error and no off-site request", () => {
  // The project sets the width: 1280 px (desktop) or 375 px (mobile).
  for (const [what, path, landsOn] of TEMPLATES) {
    test(`${what}: ${path}`, { tag: "@phone" }, async ({ page }) => {
      for (const scheme of ["light", "dark"] as const) await readable(page, path, scheme, landsOn);
    });
  }
  // At 375 px only (@phone-only): where longer words would overflow; the 200% text check in a11y.spec.ts runs them
  // at 320 px too.
  for (const [what, path, landsOn] of EDITION_TEMPLATES) {
    test(`${what}: ${path}`, { tag: "@phone-only" }, async ({ page }) => {
      await readable(page, path, "light", landsOn);
      await expect(page.locator("html"), `${path} says its language`).toHaveAttribute("lang", path.split("/")[1] ?? "");
    });
  }
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
