import type { Page } from "@playwright/test";
import { expect, ready, test } from "./fixtures";

interface TripJson {
  id: string;
  number: number | null;
  start: string;
  country: string;
  status: "made" | "skipped" | "announced";
  sinceWarrant: boolean;
}

/** The heading a trip's card shows: its number when it has one, else what it was. */
const heading = (t: TripJson) =>
  t.number !== null
    ? `${String(t.number)}. ${t.country}`
    : t.status === "skipped"
      ? `Skipped: ${t.country}`
      : t.status === "announced"
        ? `Announced, not confirmed: ${t.country}`
        : `Before the warrant: ${t.country}`;
/** "Up to …: N of M trips made since the warrant", for the trips begun by `day`. */
const made = (trips: TripJson[], day: string) =>
  `${String(trips.filter((t) => t.number !== null && t.start <= day).length)} of ${String(trips.filter((t) => t.number !== null).length)} trips made since the warrant`;

const tripsOf = async (page: Page): Promise<TripJson[]> => {
  const response = await page.request.get("/data/trips.json");
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { trips: TripJson[] }).trips;
};

/** The markers of the drawing on screen (the page holds a wide and a narrow one; CSS shows one). */
const markers = (page: Page) => page.locator("trip-map svg.tm-svg:visible a.tm-marker");
const visibleMarkerIds = (page: Page) =>
  page
    .locator("trip-map svg.tm-svg:visible a.tm-marker:not(.tm-off)")
    .evaluateAll((els) => els.map((e) => (e as SVGAElement).dataset["trip"] ?? ""));
const card = (page: Page) => page.locator("trip-map [data-card]");
const ukraineClass = (page: Page) =>
  page.locator('trip-map svg.tm-svg:visible path[data-a3="UKR"]').first().getAttribute("class");

test.describe("travel map", () => {
  test("the table lists every trip in trips.json, each in its own row", async ({ page }) => {
    const trips = await tripsOf(page);
    await page.goto("/map/");
    const rows = page.locator("table tbody tr[id^='trip-']");
    await expect(rows).toHaveCount(trips.length);
    expect(await rows.evaluateAll((els) => els.map((e) => e.id))).toEqual(trips.map((t) => `trip-${t.id}`));
    await expect(markers(page)).toHaveCount(trips.length);
  });

  test("Tab reaches every marker in date order and shows its details; Escape closes them", async ({ page }) => {
    const trips = await tripsOf(page);
    await page.goto("/map/");
    await ready(page, "trip-map");
    await page.locator("#tm-when").focus();
    // From the slider, the next stop is the first marker (the "next date" button is disabled at the last date).
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("tm-marker") ?? false)) break;
    }
    for (const [i, trip] of trips.entries()) {
      const active = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["trip"]);
      expect(active, `stop ${i + 1}`).toBe(trip.id);
      await expect(card(page)).toBeVisible();
      await expect(card(page).locator("h2")).toHaveText(heading(trip));
      if (i < trips.length - 1) await page.keyboard.press("Tab");
    }
    const lastId = trips.at(-1)?.id ?? "";
    await expect(card(page).locator(`a[href="/timeline/#${lastId}"]`)).toHaveCount(1);
    await expect(card(page).locator('a[href^="/countries/"]')).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(card(page)).toBeHidden();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["trip"])).toBe(lastId);
  });

  test("Enter on a marker moves into its details, and Escape returns to the marker", async ({ page }) => {
    await page.goto("/map/");
    await ready(page, "trip-map");
    const mongolia = markers(page).and(page.locator('[data-trip="2024-09-02-putin-visits-mongolia"]'));
    await mongolia.focus();
    await page.keyboard.press("Enter");
    await expect(card(page).locator("h2")).toBeFocused();
    await expect(card(page)).toContainText("Mongolia");
    await expect(card(page)).toContainText("State Party");
    await expect(card(page).locator('a[href="/countries/mongolia/"]')).toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(card(page).locator("a").first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(card(page)).toBeHidden();
    await expect(mongolia).toBeFocused();
  });

  test("the time control shows the trips up to the chosen date and the membership that day", async ({ page }) => {
    const trips = await tripsOf(page);
    await page.goto("/map/");
    await ready(page, "trip-map");
    const slider = page.getByLabel("Show trips up to");
    await expect(slider).toBeVisible();
    expect(await visibleMarkerIds(page)).toHaveLength(trips.length);
    expect(await ukraineClass(page)).toContain("tm-s-party");

    await slider.focus();
    await page.keyboard.press("Home");
    const first = trips[0]?.start ?? "";
    expect(await visibleMarkerIds(page)).toEqual(trips.filter((t) => t.start <= first).map((t) => t.id));
    await expect(page.locator("[data-status]")).toContainText(made(trips, first));
    expect(await ukraineClass(page)).toContain("tm-s-signatory");

    await page.getByRole("button", { name: "Next trip date" }).click();
    const second = [...new Set(trips.map((t) => t.start))].sort()[1] ?? "";
    expect(await visibleMarkerIds(page)).toEqual(trips.filter((t) => t.start <= second).map((t) => t.id));
    expect(new URL(page.url()).search, "the address follows the chosen date").toBe(`?at=${second}`);
    await page.reload();
    await ready(page, "trip-map");
    expect(await visibleMarkerIds(page), "and opens there again").toEqual(
      trips.filter((t) => t.start <= second).map((t) => t.id),
    );

    await slider.focus();
    await page.keyboard.press("End");
    expect(await visibleMarkerIds(page)).toHaveLength(trips.length);
    expect(await ukraineClass(page)).toContain("tm-s-party");
    expect(new URL(page.url()).search, "today needs no date in the address").toBe("");
  });

  test("?at= opens the map on that date", async ({ page }) => {
    const trips = await tripsOf(page);
    await page.goto("/map/?at=2024-09-03");
    await ready(page, "trip-map");
    expect(await visibleMarkerIds(page)).toEqual(trips.filter((t) => t.start <= "2024-09-03").map((t) => t.id));
    await expect(page.locator("[data-status]")).toContainText("3 September 2024");
    // Ukraine joined on 1 January 2025; Armenia on 1 February 2024.
    expect(await ukraineClass(page)).toContain("tm-s-signatory");
    expect(await page.locator('trip-map path[data-a3="ARM"]').first().getAttribute("class")).toContain("tm-s-party");
  });

  test("an invalid ?at= is ignored and the map shows today", async ({ page }) => {
    const trips = await tripsOf(page);
    for (const at of ["2024-02-30", "soon", "%3Cscript%3E"]) {
      await page.goto(`/map/?at=${at}`);
      await ready(page, "trip-map");
      expect(await visibleMarkerIds(page), at).toHaveLength(trips.length);
    }
  });

  test("#trip-<id> opens the map at that trip, focused and described", async ({ page }) => {
    const trips = await tripsOf(page);
    const id = "2024-09-02-putin-visits-mongolia";
    await page.goto(`/map/#trip-${id}`);
    await ready(page, "trip-map");
    await expect(markers(page).and(page.locator(`[data-trip="${id}"]`))).toBeFocused();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText("Mongolia");
    expect(await visibleMarkerIds(page)).toEqual(trips.filter((t) => t.start <= "2024-09-02").map((t) => t.id));
  });

  test("clicking a marker or tapping a country shows its details", async ({ page }) => {
    await page.goto("/map/");
    await ready(page, "trip-map");
    await markers(page).and(page.locator('[data-trip="2025-10-08-state-visit-tajikistan"]')).click();
    await expect(card(page)).toContainText("Tajikistan");
    expect(new URL(page.url()).hash).toBe("#trip-2025-10-08-state-visit-tajikistan");
    await page.locator('trip-map svg.tm-svg:visible path[data-a3="KAZ"]').last().dispatchEvent("click");
    await expect(card(page).locator("h2")).toHaveText("Kazakhstan");
    await expect(card(page).locator('a[href="/countries/kazakhstan/"]')).toHaveCount(1);
    await card(page).getByRole("button", { name: "Close details" }).click();
    await expect(card(page)).toBeHidden();
  });
});

test.describe("travel map without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the map, its markers and the table are all there", async ({ page }) => {
    const trips = await tripsOf(page);
    await page.goto("/map/");
    await expect(page.locator("trip-map svg.tm-svg:visible")).toHaveCount(1);
    await expect(markers(page)).toHaveCount(trips.length);
    await expect(page.locator("table tbody tr[id^='trip-']")).toHaveCount(trips.length);
    await expect(page.locator("[data-controls]")).toBeHidden();
    const first = trips[0]?.id ?? "";
    await expect(markers(page).first()).toHaveAttribute("href", `#trip-${first}`);
    await expect(markers(page).first().locator("title")).toContainText(trips[0]?.country ?? "");
  });

  test("the explainer carries the compact map and the trips table", async ({ page }) => {
    const trips = (await tripsOf(page)).filter((t) => t.sinceWarrant);
    await page.goto("/");
    const map = page.locator('section[aria-label="Putin\'s trips since the warrant"] svg.tm-svg[role=img]');
    await expect(map).toBeVisible();
    await expect(map.locator(".tm-marker")).toHaveCount(trips.length);
    await expect(page.locator("table tbody tr[id^='trip-']")).toHaveCount(trips.length);
  });
});
