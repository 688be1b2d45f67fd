/**
 * A reader of each translated edition (/ru/, then /uk/), at both widths (@phone): reads the explainer's header in
 * the edition's language, follows the site's navigation to the timeline, opens an event, goes to the map (its Play
 * control there), looks up «Киргизия» on the countries page and gets an answer in the edition's language naming the
 * country as its press does, then switches to the same page in English. Every label the test looks for is taken
 * from the edition's dictionary (content/editions/<lang>/ui/), so the test follows the translation, not a copy of
 * it. (What the HTML alone shows of every edition page is checked over dist/ in tests/dist/editions.test.ts; axe and
 * the page sweep run on each edition's pages in a11y.spec.ts and pages.spec.ts.)
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator } from "@playwright/test";
import { expect, ready, test } from "./fixtures";

/** An edition's interface strings: every content/editions/<lang>/ui/*.json, merged. */
function dictionary(lang: string): Record<string, string> {
  const dir = join("content/editions", lang, "ui");
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")))
    Object.assign(out, JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, string>);
  return out;
}

/** More Cyrillic letters than Latin ones. */
function cyrillicShare(text: string): { cyrillic: number; latin: number } {
  return {
    cyrillic: text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0,
    latin: text.match(/\p{Script=Latin}/gu)?.length ?? 0,
  };
}
/**
 * The element is shown and its words are mostly Cyrillic. A soft check: the reader goes on, so one run names every
 * step still in English.
 */
async function expectCyrillic(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const text = await locator.innerText();
  const { cyrillic, latin } = cyrillicShare(text);
  expect.soft(cyrillic, `${what} is in Cyrillic: “${text.slice(0, 120)}”`).toBeGreaterThan(latin);
}

const EVENT = "2023-10-12-putin-visits-kyrgyzstan";
/** What a reader of each edition types for Kyrgyzstan, and the name the edition's press gives it. */
const EDITIONS = [
  { lang: "ru", typed: "Киргизия", name: "Кыргызстан" },
  { lang: "uk", typed: "Киргизия", name: "Киргизстан" },
] as const;

for (const { lang, typed, name } of EDITIONS) {
  test(
    `a reader of /${lang}/ reads, follows the navigation, looks up «${typed}» and switches to English`,
    { tag: "@phone" },
    async ({ page }) => {
      test.setTimeout(60_000);
      const t = dictionary(lang);
      const at = `/${lang}`;

      // The explainer: its language on the page, its header in Cyrillic.
      await page.goto(`${at}/`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expectCyrillic(page.locator("article header h1"), "the explainer's heading");

      // The site's navigation, named in the edition's words, leads to the edition's timeline.
      const nav = page.getByRole("navigation", { name: t["nav.aria"] ?? "", exact: true });
      await nav.getByRole("link", { name: t["nav.timeline"] ?? "", exact: true }).click();
      await expect(page).toHaveURL(`${at}/timeline/`);
      await expectCyrillic(page.locator("main h1"), "the timeline's heading");

      // An event's own page, in the edition.
      const event = page.locator(`main a[href="${at}/timeline/${EVENT}/"]`).first();
      await expect(event, "the timeline links to the event's page in the edition").toBeVisible();
      await event.click();
      await expect(page).toHaveURL(`${at}/timeline/${EVENT}/`);
      await expectCyrillic(page.locator("main h1"), "the event's heading");

      // The map, with its Play control.
      await nav.getByRole("link", { name: t["nav.map"] ?? "", exact: true }).click();
      await expect(page).toHaveURL(`${at}/map/`);
      await ready(page, "trip-map");
      await expect(page.locator("trip-map button[data-play]")).toBeVisible();

      // The countries page: «Киргизия» finds Kyrgyzstan, and the answer is in the edition's words and names.
      await nav.getByRole("link", { name: t["nav.countries"] ?? "", exact: true }).click();
      await expect(page).toHaveURL(`${at}/countries/`);
      await ready(page, "country-lookup");
      const box = page.getByRole("combobox", { name: t["lookup.country"] ?? "", exact: true });
      await expect(box, "the lookup's field, named in the edition's words").toBeVisible();
      await box.fill(typed);
      await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
      await expect.soft(page.getByRole("listbox").getByRole("option").first()).toContainText(name);
      await box.press("Enter");
      const card = page.locator('[data-lookup-result] [data-iso2="KG"]');
      await expect(card).toBeVisible();
      await expect.soft(card).toContainText(name);
      await expectCyrillic(card, "the lookup's answer");

      // The language switcher leads to the same page in English.
      const switcher = page.getByRole("navigation", { name: t["language.aria"] ?? "", exact: true });
      await switcher.getByRole("link", { name: "English", exact: true }).click();
      await expect(page).toHaveURL(/\/countries\/(?:\?.*)?$/);
      expect(new URL(page.url()).pathname).toBe("/countries/");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator("main h1")).toHaveText(dictionary("en")["countries.h1"] ?? "");
    },
  );
}
