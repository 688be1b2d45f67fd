/**
 * One reader, keyboard only: skip link, the navigation, the lookup, the timeline filters, the map's markers and
 * the Share button. At every stop the focused element shows a visible focus indicator, and focus is never lost
 * to the page body.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** What has focus, and whether it shows it: an outline, or (for map markers) the drawn focus ring. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { lost: true, visible: false, text: "" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = el.querySelector(".tm-focus");
    const ringShown = ring !== null && getComputedStyle(ring).stroke !== "none" && getComputedStyle(ring).stroke !== "";
    const name = (el.getAttribute("aria-label") ?? el.textContent).trim().replace(/\s+/g, " ").slice(0, 60);
    return { lost: false, visible: outline || ringShown, text: `${el.tagName.toLowerCase()} "${name}"` };
  });
}

/** Presses Tab (or Shift+Tab) until `wanted` has focus, checking every stop on the way. */
async function tabTo(page: Page, wanted: ReturnType<Page["locator"]>, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    expect(now.lost, `focus lost after ${String(i + 1)} presses`).toBe(false);
    expect(now.visible, `no visible focus on ${now.text}`).toBe(true);
    if (await wanted.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`never reached ${wanted.toString()} in ${String(max)} presses`);
}

test("a keyboard-only journey through every kind of control", async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.emulateMedia({ reducedMotion: "reduce" });

  // The skip link comes first and moves focus into the content.
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  expect((await focused(page)).visible).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // The navigation: back up to it and follow "Countries".
  const nav = page.getByRole("navigation", { name: /main|site/i });
  await tabTo(page, nav.getByRole("link", { name: "Countries" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/countries\/$/);

  // The lookup: type, choose with the arrows, read the answer; focus stays in the box.
  const box = page.getByRole("combobox", { name: "Country" });
  await tabTo(page, box);
  await page.keyboard.type("kyrg");
  await expect(page.getByRole("listbox").getByRole("option").first()).toHaveText(/Kyrgyzstan/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-lookup-result] [data-iso2]")).toHaveAttribute("data-iso2", "KG");
  await expect(box).toBeFocused();

  // The timeline's filters: Space turns a kind off and the count says so.
  await tabTo(page, page.getByRole("navigation", { name: /main|site/i }).getByRole("link", { name: "Timeline" }), {
    back: true,
  });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/timeline\/$/);
  const status = page.locator("timeline-filter [role=status]");
  const before = await status.textContent();
  await tabTo(page, page.locator("timeline-filter input[type=checkbox]").first());
  await page.keyboard.press("Space");
  await expect(status).not.toHaveText(before ?? "");

  // The map: the Share button, then the first marker and its details, closed with Escape.
  await tabTo(page, page.getByRole("navigation", { name: /main|site/i }).getByRole("link", { name: "Travel map" }), {
    back: true,
  });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/map\/$/);
  await tabTo(page, page.locator("main share-button button"));
  await page.keyboard.press("Enter");
  await expect(page.locator("main share-button [role=status]")).toHaveText("Link copied");
  await tabTo(page, page.locator("trip-map svg.tm-svg:visible a.tm-marker").first());
  const card = page.locator("trip-map [data-card]");
  await expect(card).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(page.locator("trip-map svg.tm-svg:visible a.tm-marker").first()).toBeFocused();
});
