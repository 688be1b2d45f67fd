/**
 * With JavaScript off, a reader still gets everything: the explainer, every timeline event, every trip, every
 * country, and a main navigation whose every link leads to a page with a heading.
 */
import { expect, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

interface Named {
  name?: string;
  country?: string;
}

test("the explainer reads: its heading and its sections", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("main h1")).toHaveCount(1);
  await expect(page.locator("main h1")).toBeVisible();
  const sections = page.locator("main h2");
  expect(await sections.count(), "several sections").toBeGreaterThanOrEqual(4);
  for (const h2 of await sections.all()) await expect(h2).toBeVisible();
});

test("the timeline lists every event", async ({ page, request }) => {
  const events = (await (await request.get("/data/timeline.json")).json()) as { id: string }[];
  expect(events.length).toBeGreaterThan(0);
  await page.goto("/timeline/");
  await expect(page.locator("main h1")).toBeVisible();
  const articles = page.locator("article.timeline-event");
  await expect(articles).toHaveCount(events.length);
  await expect(page.locator("article.timeline-event:visible"), "every event is shown, none left hidden").toHaveCount(
    events.length,
  );
  const ids = await articles.evaluateAll((els) => els.map((el) => el.id));
  expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
});

/** Rows of each table in <main> that a reader can see. */
async function visibleRowsPerTable(page: import("@playwright/test").Page): Promise<number[]> {
  const counts: number[] = [];
  for (const table of await page.locator("main table").all()) {
    counts.push(await table.locator("tbody tr:visible").count());
  }
  return counts;
}

test("the travel map page has the table of every trip", async ({ page, request }) => {
  const { trips } = (await (await request.get("/data/trips.json")).json()) as { trips: Named[] };
  expect(trips.length).toBeGreaterThan(0);
  await page.goto("/map/");
  await expect(page.locator("main h1")).toBeVisible();
  expect(await visibleRowsPerTable(page), `a table with one row per trip (${trips.length})`).toContain(trips.length);
});

test("the countries page has the full table of countries", async ({ page, request }) => {
  const states = (await (await request.get("/data/icc-states.json")).json()) as Named[];
  expect(states.length).toBeGreaterThan(190);
  await page.goto("/countries/");
  await expect(page.locator("main h1")).toBeVisible();
  expect(await visibleRowsPerTable(page), `a table with one row per country (${states.length})`).toContain(
    states.length,
  );
  const text = await page.locator("main table").allInnerTexts();
  const missing = states.map((s) => s.name ?? "").filter((name) => !text.some((t) => t.includes(name)));
  expect(missing, "every country is named in the table").toEqual([]);
});

test("every link in the main navigation leads to a page with a heading", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  const hrefs = await nav.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), `${href} answers`).toBe(200);
    await expect(page.locator("main h1"), `${href} has a heading`).toBeVisible();
  }
  // Following the links themselves, as a reader would: click each in turn from the home page.
  for (const [i, href] of hrefs.entries()) {
    await page.goto("/");
    await Promise.all([
      page.waitForURL((url) => url.pathname === new URL(href, url).pathname),
      nav.getByRole("link").nth(i).click(),
    ]);
    await expect(page.locator("main h1"), `clicking ${href}`).toBeVisible();
  }
});
