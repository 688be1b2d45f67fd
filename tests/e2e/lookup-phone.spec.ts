/**
 * The lookup on a 375 px phone, as a reader uses it: a new question clears the old answer at once; the answer
 * restates the question, is announced once and is scrolled into view; an address with a name answers; and the
 * explainer's form, sent before any script has run, lands on a page that answers it.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
// Every test here is tagged @phone-only: the mobile project runs them, the desktop project does not.
const PHONE = { tag: "@phone-only" };

const card = (page: Page) => page.locator("[data-lookup-result] article");

/** Records every text the answer's live region is given, so a test can count the announcements. */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector("[data-lookup-announce]");
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    if (region)
      new MutationObserver(() => {
        if (region.textContent !== "") said.push(region.textContent);
      }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { __said: string[] }).__said]);
}

test(
  "a new query clears the old answer at once; the new one restates its question and comes into view",
  PHONE,
  async ({ page }) => {
    await page.goto("/countries/");
    const said = await listen(page);
    const box = page.getByRole("combobox", { name: "Country" });
    await page.getByLabel("On date").fill("2024-09-02");
    await box.fill("Mongolia");
    await box.press("Enter");
    const question = card(page).getByRole("heading", { level: 3 });
    await expect(question).toHaveText("Was Mongolia a State Party on 2 September 2024?");
    await expect(question).toBeInViewport();
    await expect(card(page)).toContainText("Yes: on 2 September 2024, Mongolia was a State Party to the Rome Statute.");
    await expect(card(page)).toContainText("Putin arrived in Mongolia that day");
    await expect(
      card(page).getByRole("link", { name: /ICC judges find Mongolia failed to arrest Putin/ }),
    ).toBeVisible();
    await expect
      .poll(said)
      .toEqual([
        "Was Mongolia a State Party on 2 September 2024? Yes: on 2 September 2024, Mongolia was a State Party to the Rome Statute.",
      ]);

    // One keystroke of a new question, and the old answer is gone before anything else happens.
    await box.focus();
    await box.press("End");
    await box.press("Backspace");
    expect(await card(page).count(), "the old answer is gone at once").toBe(0);
    expect(new URL(page.url()).searchParams.has("country"), "and the address no longer claims it").toBe(false);

    await box.fill("Kyrgyzstan");
    await page.getByLabel("On date").fill("2023-10-12");
    await box.press("Enter");
    await expect(question).toHaveText("Was Kyrgyzstan a State Party on 12 October 2023?");
    await expect(question).toBeInViewport();
    await expect(card(page)).toContainText("Putin arrived in Kyrgyzstan that day");
    await expect.poll(said).toHaveLength(2);
    expect((await said())[1]).toBe(
      "Was Kyrgyzstan a State Party on 12 October 2023? No: on 12 October 2023, Kyrgyzstan was not a State Party.",
    );
  },
);

test("?country=Kyrgyzstan answers Kyrgyzstan, in view", PHONE, async ({ page }) => {
  await page.goto("/countries/?country=Kyrgyzstan");
  await expect(card(page)).toHaveAttribute("data-iso2", "KG");
  await expect(card(page).getByRole("heading", { level: 3 })).toHaveText("Is Kyrgyzstan a State Party today?");
  await expect(card(page).getByRole("heading", { level: 3 })).toBeInViewport();
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("Kyrgyzstan");
});

test(
  "the explainer's form, sent before its script runs, lands on an address that answers",
  PHONE,
  async ({ browser, page }) => {
    const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const before = await plain.newPage();
    await before.goto("/");
    await before.getByLabel("Country", { exact: true }).fill("Kyrgyzstan");
    await before.getByLabel("On date").fill("2023-10-12");
    await before.getByRole("button", { name: "Look up" }).click();
    await expect(before).toHaveURL(/\/countries\/\?country=Kyrgyzstan&date=2023-10-12$/);
    // Without any script the page cannot read its address: it says so, and the table has every row.
    await expect(before.getByText("Without JavaScript this page cannot read a country from its address")).toBeVisible();
    await expect(before.locator('country-table tr[data-iso2="KG"]')).toBeVisible();
    const landed = before.url();
    await plain.close();

    // With scripts, the same address answers the question that was asked.
    await page.goto(landed);
    await expect(card(page)).toHaveAttribute("data-iso2", "KG");
    await expect(card(page).getByRole("heading", { level: 3 })).toHaveText(
      "Was Kyrgyzstan a State Party on 12 October 2023?",
    );
  },
);
