import { expect, test } from "./fixtures";

test.describe("the country lookup", () => {
  test("in the explainer, loads its data only once it is scrolled into view", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/data/lookup.json")) asked.push(request.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(asked, "nothing loaded at the top of the page").toEqual([]);
    const box = page.getByRole("combobox", { name: "Country" });
    await box.scrollIntoViewIfNeeded();
    await expect.poll(() => asked.length, { message: "the data is asked for once in view" }).toBe(1);
    await box.fill("Mongolia");
    await expect(page.getByRole("listbox").getByRole("option").first()).toHaveText(/Mongolia/);
  });

  test("typing and choosing with the keyboard shows the answer and puts it in the address", async ({ page }) => {
    await page.goto("/countries/");
    const box = page.getByRole("combobox", { name: "Country" });
    await box.fill("kyrg");
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option").first()).toHaveText(/Kyrgyzstan/);
    await expect(page.locator("[data-lookup-status]")).toContainText("match");
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", "lookup-option-KG");
    await box.press("Enter");
    const card = page.locator("[data-lookup-result] [data-iso2]");
    await expect(card).toHaveAttribute("data-iso2", "KG");
    await expect(card).toHaveAttribute("data-icc-status", "signatory");
    await expect(card).toContainText("No: today, Kyrgyzstan is a signatory that has not ratified the Rome Statute.");
    await expect(card).toContainText("12–13 October 2023");
    await expect(listbox).toBeHidden();
    expect(new URL(page.url()).search).toBe("?country=kg");
  });

  test("the date field answers for another day and the address follows", async ({ page }) => {
    await page.goto("/countries/");
    const box = page.getByRole("combobox", { name: "Country" });
    await box.fill("Armenia");
    await box.press("Enter");
    const card = page.locator("[data-lookup-result] [data-iso2]");
    await expect(card).toHaveAttribute("data-icc-status", "party");
    await page.getByLabel("On date").fill("2023-10-12");
    await expect(card).toHaveAttribute("data-icc-status", "signatory");
    await expect(card).toContainText("No: on 12 October 2023, Armenia was a signatory");
    expect(new URL(page.url()).search).toBe("?country=am&date=2023-10-12");
  });

  test("a shared link opens at the same answer", async ({ page }) => {
    await page.goto("/countries/?country=mn&date=2024-09-03");
    const card = page.locator("[data-lookup-result] [data-iso2]");
    await expect(card).toHaveAttribute("data-iso2", "MN");
    await expect(card).toHaveAttribute("data-icc-status", "party");
    await expect(card).toContainText("Yes: on 3 September 2024, Mongolia was a State Party");
    await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("Mongolia");
    await expect(page.getByLabel("On date")).toHaveValue("2024-09-03");
  });

  test("invalid or hostile parameters are ignored with a calm message", async ({ page }) => {
    await page.goto("/countries/?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E&date=2023-02-30");
    await expect(page.locator("[data-lookup-status]")).toContainText("was ignored");
    await expect(page.locator("[data-lookup-result] [data-iso2]")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("Escape closes the list, and typed markup is shown as text, never run", async ({ page }) => {
    await page.goto("/countries/");
    const box = page.getByRole("combobox", { name: "Country" });
    await box.fill("gu");
    await expect(page.getByRole("listbox")).toBeVisible();
    await box.press("Escape");
    await expect(page.getByRole("listbox")).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await box.fill('<img src=x onerror="window.pwned=1">');
    await expect(page.locator("[data-lookup-status]")).toContainText("No country matches. Nearest names:");
    expect(await page.locator("country-lookup img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  test("a typo still finds the country", async ({ page }) => {
    await page.goto("/countries/");
    const box = page.getByRole("combobox", { name: "Country" });
    await box.fill("Tajikstan");
    await expect(page.getByRole("option").first()).toHaveText(/Tajikistan/);
    await box.press("Enter");
    await expect(page.locator("[data-lookup-result] [data-iso2]")).toHaveAttribute("data-iso2", "TJ");
  });

  test("the lookup in the explainer answers without changing the explainer's address", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Country" });
    await box.fill("Mongolia");
    await box.press("Enter");
    await expect(page.locator("[data-lookup-result] [data-iso2]")).toHaveAttribute("data-iso2", "MN");
    expect(new URL(page.url()).search).toBe("");
  });
});

test.describe("the country table", () => {
  test("without JavaScript it lists every country with its status", async ({ browser, request }) => {
    const records = (await (await request.get("/data/icc-states.json")).json()) as unknown[];
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/countries/");
    await expect(page.locator("country-table tbody tr")).toHaveCount(records.length);
    await expect(page.locator('country-table tr[data-iso2="KG"] td').first()).toHaveText("Signed, not ratified");
    await expect(page.getByLabel("Filter by name")).toBeHidden();
    await context.close();
  });

  test("with JavaScript it filters by name and status and sorts by column", async ({ page }) => {
    await page.goto("/countries/");
    const rows = page.locator("country-table tbody tr:not([hidden])");
    await page.getByLabel("Filter by name").fill("kyrg");
    await expect(rows).toHaveCount(1);
    await expect(page.locator("country-table [data-count]")).toContainText("1 of");
    await page.getByLabel("Filter by name").fill("");
    await page.getByLabel("Status").selectOption("former_party");
    await expect(rows).toHaveCount(await page.locator('country-table tbody tr[data-status="former_party"]').count());
    await page.getByLabel("Status").selectOption("");
    const signed = page.getByRole("button", { name: "Signed" });
    await signed.click();
    await expect(page.locator("th[data-column=signed]")).toHaveAttribute("aria-sort", "ascending");
    // The earliest signatures came on the day the Statute was adopted or the day after.
    await expect(rows.first().locator("td").nth(1)).toHaveText(/July 1998/);
    await signed.click();
    await expect(page.locator("th[data-column=signed]")).toHaveAttribute("aria-sort", "descending");
  });
});
