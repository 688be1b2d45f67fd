/**
 * One reader's journey on a 375 px phone through the seven things a reader's review found broken (issue 11): the
 * explainer's trip table, the first screen, the lookup, tense and premise, names, the map, and sharing. Each step
 * checks what the reader sees; the screenshots it leaves in test-results/ are the ones to look at.
 */
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

/** Saves what the reader sees now, for a person to look at. */
const snap = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(`${name}.png`) });

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("@phone-only a reader on a phone, from the first screen to a shared link", async ({ page, context }, info) => {
  test.setTimeout(60_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    // A phone browser without a share sheet, so Share copies and the test can read what it copied.
    delete (Navigator.prototype as { share?: unknown }).share;
    delete (Navigator.prototype as { canShare?: unknown }).canShare;
  });

  // 2. The first screen answers: why he could go, the key numbers, and a way to every section and the lookup.
  await page.goto("/");
  const header = await page.locator("body > header, header").first().boundingBox();
  expect(header?.height ?? 999, "the site header on a phone is compact").toBeLessThanOrEqual(100);
  const standfirst = page.locator("article header h1 + p");
  await expect(standfirst).toContainText("never ratified");
  await expect(standfirst).toBeInViewport();
  const figures = page.locator("[data-key-figures]");
  await expect(figures).toBeInViewport();
  await expect(figures.locator("dd")).toHaveText([/^\d{3}$/, /^\d+$/, /^\d+$/]);
  await snap(page, info, "1-first-screen");

  const menu = page.getByRole("navigation", { name: "In this explainer" });
  await expect(menu.getByRole("link")).not.toHaveCount(0);
  await expect(menu.getByRole("link", { name: /Check any country/ })).toBeVisible();

  // Citations: a comfortable target, and a way back to the sentence.
  const cite = page.locator("sup.cite a").first();
  const target = await cite.boundingBox();
  expect(
    Math.min(target?.width ?? 0, target?.height ?? 0),
    "a citation is at least 24 px each way",
  ).toBeGreaterThanOrEqual(24);
  await cite.click();
  const back = page.getByRole("link", { name: "Back to the text" });
  await expect(back).toBeInViewport();
  await back.click();
  await expect(cite).toBeInViewport();

  // 1. The trip table reads on a phone: each row a few lines, no word broken inside.
  const rows = page.locator("table.tt-table tbody tr");
  await rows.first().scrollIntoViewIfNeeded();
  const heights = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(20);
  expect(Math.max(...heights), "the tallest row of the trip table").toBeLessThanOrEqual(160);
  expect(await sideways(page), "the explainer never scrolls sideways").toBeLessThanOrEqual(0);
  await snap(page, info, "2-trip-table");

  // 3. The lookup answers the question asked, brings the answer into view, and clears it for a new question.
  await menu.getByRole("link", { name: /Check any country/ }).click();
  const box = page.getByRole("combobox", { name: "Country" });
  await box.fill("Mongolia");
  await page.getByLabel("On date").fill("2024-09-02");
  await box.press("Enter");
  const card = page.locator("[data-lookup-result] article");
  const question = card.getByRole("heading", { level: 3 });
  await expect(question).toHaveText("Was Mongolia a State Party on 2 September 2024?");
  await expect(question).toBeInViewport();
  // 4. …in the right tense, with what happened that very day.
  await expect(card).toContainText("Putin arrived in Mongolia that day");
  await snap(page, info, "3-lookup-mongolia");
  await box.fill("Kyrg");
  await expect(card, "the old answer goes the moment the question changes").toHaveCount(0);
  await box.fill("Kyrgyzstan");
  await page.getByLabel("On date").fill("2002-07-01");
  await box.press("Enter");
  await expect(question).toHaveText("Was Kyrgyzstan a State Party on 1 July 2002?");
  await expect(card, "no arrest duty before any warrant existed").not.toContainText("must arrest");

  // 5. Names: the common name as the heading, the UN's formal name beside it; a reader's slug works.
  await page.goto("/countries/bolivia/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bolivia");
  await expect(page.locator("main")).toContainText("Plurinational State of");
  const russia = await page.goto("/countries/russia/");
  expect(russia?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia");

  // 6. The map is made for the phone: no sideways scroll, the time control beside the map, Play there.
  await page.goto("/map/");
  expect(await sideways(page), "the map page never scrolls sideways").toBeLessThanOrEqual(0);
  await expect(page.locator("trip-map svg.tm-svg:visible")).toHaveAttribute("data-layout", "narrow");
  await expect(page.locator("trip-map button[data-play]")).toBeVisible();
  await expect(page.locator("trip-map svg.tm-axis")).toBeVisible();
  await snap(page, info, "4-map");

  // 7. Sharing goes somewhere: Share copies an address the reader can open; the theme button says what it does.
  await page.goto("/countries/kyrgyzstan/");
  await page.evaluate(() => navigator.clipboard.writeText("nothing yet"));
  await page
    .locator("main")
    .getByRole("button", { name: /^Share/ })
    .first()
    .click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe("/countries/kyrgyzstan/");
  expect(new URL(copied).hostname, "not the placeholder host no reader can open").not.toMatch(/\.example$/);
  const opened = await page.goto(copied);
  expect(opened?.status()).toBe(200);
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Switch to the dark theme" }).click();
  await expect(page.getByRole("button", { name: "Switch to the light theme" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Report an error" })).toHaveAttribute("href", /^mailto:[^@]+@/);
  await snap(page, info, "5-country-dark");
});
