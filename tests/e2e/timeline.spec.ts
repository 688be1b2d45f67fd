import { expect, test } from "./fixtures";

const WARRANT = "2023-03-17-icc-issues-putin-warrant";

test("/timeline/#<id> scrolls that event into view and focuses it", async ({ page }) => {
  await page.goto(`/timeline/#${WARRANT}`);
  const event = page.locator(`[id="${WARRANT}"]`);
  await expect(event).toBeFocused();
  await expect(event).toBeInViewport();
  await expect(event.getByRole("heading")).toHaveText("ICC issues arrest warrants for Putin and Lvova-Belova");
});

test("the kind filters work with the keyboard and say how many events show", async ({ page }) => {
  await page.goto("/timeline/");
  const events = page.locator(".timeline-event");
  const total = await events.count();
  const travel = page.getByRole("checkbox", { name: "Travel" });
  await travel.focus();
  await page.keyboard.press("Space");
  await expect(travel).not.toBeChecked();
  const travelCount = await page.locator('.timeline-event[data-kind="travel"]').count();
  await expect(page.locator(".timeline-event:not([hidden])")).toHaveCount(total - travelCount);
  await expect(page.locator('.timeline-event[data-kind="travel"]:not([hidden])')).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(
    `Showing ${total - travelCount} of ${total} events.`,
  );
  await page.keyboard.press("Space");
  await expect(page.locator(".timeline-event:not([hidden])")).toHaveCount(total);
});

test("without JavaScript every event is listed, with no filter controls", async ({ browser, request }) => {
  const all = (await (await request.get("/data/timeline.json")).json()) as { id: string }[];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/timeline/");
  await expect(page.locator(".timeline-event")).toHaveCount(all.length);
  for (const { id } of all.slice(0, 5)) await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Travel" })).toBeHidden();
  await context.close();
});

test("the year index jumps to a year", async ({ page }) => {
  await page.goto("/timeline/");
  await page.getByRole("navigation", { name: "Years" }).getByRole("link", { name: "2023" }).click();
  await expect(page).toHaveURL(/#year-2023$/);
  await expect(page.locator("#year-2023")).toBeInViewport();
});
