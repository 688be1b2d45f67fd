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
    await expect(card.getByRole("heading")).toHaveText("Is Kyrgyzstan a State Party today?");
    await expect(card).toContainText("No: today, Kyrgyzstan is not a State Party.");
    await expect(card).toContainText("It signed the Rome Statute on 8 December 1998 but has not ratified it.");
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
    await expect(card.getByRole("heading")).toHaveText("Was Armenia a State Party on 12 October 2023?");
    await expect(card).toContainText("No: on 12 October 2023, Armenia was not a State Party.");
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

  test("the address takes a name, an alias or Cyrillic as well as a code", async ({ page }) => {
    for (const [query, iso2, name] of [
      ["Kyrgyzstan", "KG", "Kyrgyzstan"],
      ["%D0%BA%D0%B8%D1%80%D0%B3%D0%B8%D0%B7%D0%B8%D1%8F", "KG", "Kyrgyzstan"], // киргизия
      ["ivory%20coast", "CI", "Côte d'Ivoire"],
      ["russian-federation", "RU", "Russia"],
      ["RU", "RU", "Russia"],
    ] as const) {
      await page.goto(`/countries/?country=${query}`);
      const card = page.locator("[data-lookup-result] [data-iso2]");
      await expect(card, query).toHaveAttribute("data-iso2", iso2);
      await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue(name);
    }
  });

  test("a name it cannot place gets close matches as links, or a calm no match", async ({ page }) => {
    await page.goto("/countries/?country=Kyrgyzzzzzzstan");
    const status = page.locator("[data-lookup-status]");
    await expect(status).toContainText("No country matches the name in the address exactly. Did you mean Kyrgyzstan?");
    await status.getByRole("link", { name: "Kyrgyzstan" }).click();
    await expect(page.locator("[data-lookup-result] [data-iso2]")).toHaveAttribute("data-iso2", "KG");
    await page.goto("/countries/?country=Atlantis");
    await expect(status).toHaveText("No country matches the name in the address, so none is shown.");
    await expect(status.getByRole("link")).toHaveCount(0);
  });

  test("typed in Chinese or Arabic, a name is found once the names in those scripts have loaded", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/data/lookup-names.json")) asked.push(request.url());
    });
    await page.goto("/countries/");
    const box = page.getByRole("combobox", { name: "Country" });
    await box.fill("Mongolia");
    await expect(page.getByRole("option").first()).toHaveText(/Mongolia/);
    expect(asked, "no Latin or Cyrillic query loads them").toEqual([]);
    await box.fill("吉尔吉斯斯坦");
    await expect(page.getByRole("option").first()).toHaveText(/Kyrgyzstan/);
    expect(asked).toHaveLength(1);
  });

  test("invalid or hostile parameters are ignored with a calm message", async ({ page }) => {
    await page.goto("/countries/?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E&date=2023-02-30");
    await expect(page.locator("[data-lookup-status]")).toHaveText(
      "No country matches the name in the address, so none is shown. The date in the address is not a date we can answer for, so today is shown.",
    );
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
    await expect(page.locator("[data-lookup-status]")).toHaveText("No country matches that name.");
    await expect(page.getByRole("listbox")).toBeHidden();
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

test.describe("the countries page", () => {
  test("has a Share button that shares the lookup's answer as the address shows it", async ({ page }) => {
    await page.goto("/countries/?country=mn&date=2024-09-02");
    await expect(page.locator("[data-lookup-result] [data-iso2]")).toHaveAttribute("data-iso2", "MN");
    const share = page.getByRole("button", { name: /^Share: / });
    await expect(share).toBeVisible();
    await expect(page.locator("share-button")).toHaveAttribute("data-follow-address", "");
  });

  test("a short link and a former address lead to the page under the common name", async ({ page }) => {
    await page.goto("/countries/russian-federation/");
    await expect(page).toHaveURL(/\/countries\/russia\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia");
    await expect(page.getByText("UN name: Russian Federation")).toBeVisible();
    await page.goto("/countries/bo/");
    await expect(page).toHaveURL(/\/countries\/bolivia\/$/);
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
    // The lookup's own matcher: aliases, codes and names in other languages find their rows.
    for (const [text, iso2] of [
      ["ivory coast", "CI"],
      ["usa", "US"],
      ["Киргизия", "KG"],
      ["Russian Federation", "RU"],
    ] as const) {
      await page.getByLabel("Filter by name").fill(text);
      await expect(rows, text).toHaveCount(1);
      await expect(rows.first(), text).toHaveAttribute("data-iso2", iso2);
    }
    await page.getByLabel("Filter by name").fill("");
    await page.locator("country-table [data-filter-status]").selectOption("former_party");
    await expect(rows).toHaveCount(await page.locator('country-table tbody tr[data-status="former_party"]').count());
    await page.locator("country-table [data-filter-status]").selectOption("");
    const signed = page.getByRole("button", { name: "Signed" });
    await signed.click();
    await expect(page.locator("th[data-column=signed]")).toHaveAttribute("aria-sort", "ascending");
    // The earliest signatures came on the day the Statute was adopted or the day after.
    await expect(rows.first().locator("td").nth(1)).toHaveText(/July 1998/);
    await signed.click();
    await expect(page.locator("th[data-column=signed]")).toHaveAttribute("aria-sort", "descending");
  });
});
