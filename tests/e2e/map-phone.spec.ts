/**
 * The travel map on a 375 px phone, as a reader sees it: the page never scrolls sideways, every word on the map is
 * at least 12 px, Rio and Alaska are on screen, the time control stays beside the map, and Play steps through the
 * trips (by itself, or one step a press when the reader asks for reduced motion). And the trip tables at every
 * width: rows a few lines tall on a phone, and no word broken inside.
 */
import type { Page } from "@playwright/test";
import { expect, ready, test } from "./fixtures";

const status = (page: Page) => page.locator("trip-map [data-status]");
const play = (page: Page) => page.locator("trip-map button[data-play]");
const map = (page: Page) => page.locator("trip-map svg.tm-svg:visible");

// @phone-only: the mobile project (375 px, touch) runs these, the desktop project does not (playwright.config.ts).
test.describe("the travel map on a phone", { tag: "@phone-only" }, () => {
  test("shows the narrow drawing, close-ups first, and never scrolls the page sideways", async ({ page }) => {
    await page.goto("/map/");
    await ready(page, "trip-map");
    await expect(map(page)).toHaveCount(1);
    await expect(map(page)).toHaveAttribute("data-layout", "narrow");
    const titles = await map(page).locator("text.tm-label").allTextContents();
    expect(titles[0]).toMatch(/Central and South Asia/);
    expect(titles.at(-1)).toMatch(/world/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page wider than the screen by").toBeLessThanOrEqual(0);
    for (const path of ["/", "/countries/"]) {
      await page.goto(path);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        path,
      ).toBeLessThanOrEqual(0);
    }
  });

  test("sets every word on the map, its notes and its date axis at 12 px or more", async ({ page }) => {
    await page.goto("/map/");
    await ready(page, "trip-map");
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>("trip-map svg")]
        .filter((svg) => svg.getClientRects().length > 0)
        .flatMap((svg) => {
          // An SVG without a viewBox (the date axis) draws at one pixel a unit.
          const box = svg.getAttribute("viewBox") === null ? null : svg.viewBox.baseVal;
          const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
          return [...svg.querySelectorAll("text")]
            .filter((t) => t.getClientRects().length > 0 && t.textContent.trim() !== "")
            .map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale }));
        }),
    );
    expect(sizes.length).toBeGreaterThan(40);
    expect(sizes.filter((s) => s.px < 11.95).map((s) => `${s.text}: ${s.px.toFixed(1)} px`)).toEqual([]);
  });

  test("has Rio de Janeiro and Anchorage on screen, not cut off", async ({ page }) => {
    await page.goto("/map/");
    await ready(page, "trip-map");
    for (const id of ["2024-11-18-g20-rio-skipped", "2025-08-15-alaska-summit-trump"]) {
      const marker = map(page).locator(`a.tm-marker[data-trip="${id}"]`);
      await marker.scrollIntoViewIfNeeded();
      const box = await marker.boundingBox();
      const svg = await map(page).boundingBox();
      if (!box || !svg) throw new Error(id);
      expect(box.x, id).toBeGreaterThanOrEqual(svg.x);
      expect(box.x + box.width, id).toBeLessThanOrEqual(Math.min(svg.x + svg.width, 375) + 0.5);
    }
  });

  test("keeps the time control within one screen of the map, and beside it while the map scrolls by", async ({
    page,
  }) => {
    await page.goto("/map/");
    await ready(page, "trip-map");
    const controls = page.locator("trip-map [data-controls]");
    await controls.evaluate((el) => {
      el.scrollIntoView({ block: "start", behavior: "instant" });
    });
    const c = await controls.boundingBox();
    const m = await map(page).boundingBox();
    const height = page.viewportSize()?.height ?? 800;
    if (!c || !m) throw new Error("no control or map");
    expect(m.y - (c.y + c.height), "gap between the control and the map").toBeLessThan(height / 3);
    // Scrolled down to the world at the foot of the map, the control is still on screen, above it.
    await map(page).locator('a.tm-marker[data-trip="2025-08-15-alaska-summit-trump"]').scrollIntoViewIfNeeded();
    const after = await controls.boundingBox();
    if (!after) throw new Error("no control");
    expect(after.y, "control still on screen").toBeGreaterThanOrEqual(-1);
    expect(after.y + after.height).toBeLessThanOrEqual(height);
    // A focused marker is never hidden under the control.
    const marker = map(page).locator("a.tm-marker").last();
    await marker.focus();
    const mb = await marker.boundingBox();
    const cb = await controls.boundingBox();
    if (!mb || !cb) throw new Error("no marker");
    expect(mb.y, "focused marker below the control").toBeGreaterThanOrEqual(cb.y + cb.height - 1);
  });

  test("marks the years on the date axis", async ({ page }) => {
    await page.goto("/map/");
    await ready(page, "trip-map");
    const years = await page.locator("trip-map svg.tm-axis text").allTextContents();
    expect(years).toEqual(expect.arrayContaining(["2023", "2024", "2025", "2026"]));
  });

  test("Play steps through the trips by itself, and Pause stops it", async ({ page }) => {
    await page.clock.install();
    await page.goto("/map/?at=2023-08-22");
    await ready(page, "trip-map");
    await expect(play(page)).toHaveText(/Play/);
    const before = await status(page).textContent();
    await play(page).click();
    await expect(play(page)).toHaveText(/Pause/);
    const first = await status(page).textContent();
    expect(first).not.toBe(before);
    await page.clock.runFor(1500);
    const second = await status(page).textContent();
    expect(second).not.toBe(first);
    await page.clock.runFor(1500);
    expect(await status(page).textContent()).not.toBe(second);
    await play(page).click();
    await expect(play(page)).toHaveText(/Play/);
    const stopped = await status(page).textContent();
    await page.clock.runFor(5000);
    await expect(status(page)).toHaveText(stopped ?? "");
  });

  test("with reduced motion, Play never runs by itself: each press is one step", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.clock.install();
    await page.goto("/map/?at=2023-08-22");
    await ready(page, "trip-map");
    await expect(play(page)).toHaveText(/Next trip/);
    await play(page).click();
    await expect(status(page)).toContainText("September 2023");
    const one = await status(page).textContent();
    await page.clock.runFor(6000);
    await expect(status(page), "no step without a press").toHaveText(one ?? "");
    await play(page).click();
    await expect(status(page)).toContainText("12 October 2023");
  });
});

/** Words broken inside across lines, in the elements `selector` matches: each word laid out in more than one piece. */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((cells) => {
    const broken: string[] = [];
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

test.describe("the trip tables", () => {
  for (const path of ["/map/", "/"]) {
    // @phone: at both widths, desktop and mobile.
    test(
      `never break a word inside, and on a phone keep each row a few lines tall (${path})`,
      { tag: "@phone" },
      async ({ page }, info) => {
        await page.goto(path);
        await ready(page);
        const table = page.locator(".tt table").first();
        await table.scrollIntoViewIfNeeded();
        expect(await brokenWords(page, ".tt th, .tt td, .tt caption")).toEqual([]);
        if (info.project.name === "mobile") {
          const heights = await table
            .locator("tbody tr")
            .evaluateAll((rows) => rows.map((r) => ({ id: r.id, h: r.getBoundingClientRect().height })));
          expect(heights.filter((r) => r.h > 160)).toEqual([]);
          // Each row is a labelled block: the host's status and the source say what they are.
          await expect(table.locator("tbody tr").first().locator(".tt-k").first()).toBeVisible();
        }
      },
    );
  }

  test("says of an announced trip that it is announced, not confirmed", async ({ page }) => {
    await page.goto("/map/");
    const announced = page.locator(".tt tr[data-trip-status=announced]");
    expect(await announced.count()).toBeGreaterThan(0);
    for (const row of await announced.all()) await expect(row).toContainText("Announced, not confirmed");
  });

  test("numbers Bishkek, October 2023, the same on the map page and in the explainer", async ({ page }) => {
    const id = "trip-2023-10-12-putin-visits-kyrgyzstan";
    await page.goto("/map/");
    const onMap = await page.locator(`#${id} .tt-n`).textContent();
    await page.goto("/");
    const inExplainer = await page.locator(`#${id} .tt-n`).textContent();
    expect(onMap?.trim()).toBe("1");
    expect(inExplainer?.trim()).toBe("1");
  });
});
