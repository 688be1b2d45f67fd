import { expect, test } from "./fixtures";

const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test("the theme follows the system until the reader chooses, then remembers the choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  expect(await background(page)).toBe("rgb(255, 255, 255)");
  // The button names the theme it switches to, and says so again once switched.
  const toggle = page.getByRole("button", { name: "Switch to the dark theme" });
  await expect(toggle).toHaveText("Dark theme");
  await toggle.click();
  await expect(page.getByRole("button", { name: "Switch to the light theme" })).toHaveText("Light theme");
  expect(await background(page)).toBe("rgb(20, 20, 20)");

  await page.goto("/about/");
  // The stored choice is applied before the first paint: check the very first frame of the new page.
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
  expect(await background(page)).toBe("rgb(20, 20, 20)");
  await page.getByRole("button", { name: "Switch to the light theme" }).click();
  expect(await background(page)).toBe("rgb(255, 255, 255)");
});

test("a stored choice wins over the system preference, with no flash of the other theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.addInitScript(() => {
    localStorage.setItem("theme", "light");
  });
  // Record the theme the moment <body> exists: nothing can have been painted before then.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body as HTMLElement | null) {
        (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset["theme"] ?? "";
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/timeline/");
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe("light");
  expect(await background(page)).toBe("rgb(255, 255, 255)");
  await expect(page.getByRole("button", { name: "Switch to the dark theme" })).toBeVisible();
});

test("without JavaScript the page follows the system theme and hides the toggle", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  expect(await background(page)).toBe("rgb(20, 20, 20)");
  await expect(page.getByRole("button", { name: /theme/ })).toBeHidden();
  await context.close();
});
