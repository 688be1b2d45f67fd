/**
 * Accessibility: axe-core finds no WCAG 2.2 A/AA violation on any kind of page, in light and dark, at both widths
 * (the two projects); text at 200% still fits a 320 px screen with no sideways scrolling; and a reader who asked for
 * reduced motion gets no smooth scrolling and no gliding answer. (The map's Play under reduced motion is in
 * map-phone.spec.ts.)
 */
import { existsSync, readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEFAULT_LOCALE, LOCALES } from "../../src/lib/locales";
import { expect, ready, test } from "./fixtures";

const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The first timeline event's own page in an edition ("" English, "/ru" Russian), when the build has such pages. */
function firstEventPage(at = ""): string[] {
  try {
    const events = JSON.parse(readFileSync("dist/data/timeline.json", "utf8")) as { id: string }[];
    const id = events[0]?.id;
    return id && existsSync(`dist${at}/timeline/${id}/index.html`) ? [`${at}/timeline/${id}/`] : [];
  } catch {
    return [];
  }
}

/** One page of every kind, as its path in the default edition. */
const PAGE_TYPES = [
  "/",
  "/timeline/",
  "/map/",
  "/countries/",
  "/countries/kyrgyzstan/",
  "/about/",
  "/404.html",
  "/embed/lookup/",
  "/embed/lookup/kyrgyzstan/",
  "/embed/map/",
];

const PAGES = [
  ...PAGE_TYPES,
  // The lookup with an answer on screen (its card is drawn by the island).
  "/countries/?country=Mongolia&date=2024-09-02",
  ...firstEventPage(),
];

/**
 * The same kinds of page in each translated edition (/ru/, /uk/): their words are longer and in another script, so
 * contrast, names and reflow are checked again. On desktop only, to keep the suite's time down; the page sweep
 * (pages.spec.ts) loads them at 375 px.
 */
const EDITION_PAGES = TRANSLATED.flatMap((l) => [
  ...PAGE_TYPES.map((path) => `/${l}${path}`),
  ...firstEventPage(`/${l}`),
]);

/**
 * The rules whose result depends on colour. In dark mode only these can differ from light, so the dark run checks
 * just them (the full set runs in light) and the suite stays fast.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** Runs axe and returns one readable line per broken rule: its elements (up to 6) and what is wrong. */
async function violations(page: Page, scheme: "light" | "dark" = "light"): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (scheme === "light" ? axe.withTags(WCAG_TAGS) : axe.withRules(COLOUR_RULES)).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes.slice(0, 6).map((n) => n.target.join(" "));
    const more = v.nodes.length > targets.length ? ` (+${v.nodes.length - targets.length} more)` : "";
    const summary = (v.nodes[0]?.failureSummary ?? "").replace(/\s+/g, " ").trim();
    return `${v.id} (${v.impact ?? "?"}) ×${v.nodes.length}: ${v.help} — ${targets.join(" | ")}${more} — first: ${summary}`;
  });
}

// @phone: at both widths (the two projects), since a phone shows other elements (the narrow map, the stacked tables).
test.describe("axe: no WCAG 2.2 A/AA violation, light and dark", () => {
  for (const path of [...PAGES, ...EDITION_PAGES]) {
    test(path, { tag: PAGES.includes(path) ? ["@phone"] : [] }, async ({ page }) => {
      test.setTimeout(180_000);
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(path);
        expect(response?.status(), `${path} answers`).toBe(200);
        await ready(page);
        for (const line of await violations(page, colorScheme)) found.push(`${path} [${colorScheme}] ${line}`);
      }
      expect(found, `axe violations on ${path}`).toEqual([]);
    });
  }

  test("/countries/ with the lookup's list open and its answer shown", { tag: "@phone" }, async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto("/countries/");
      await ready(page);
      const input = page.getByLabel("Country", { exact: true });
      await input.fill("Kyr");
      await expect(page.getByRole("listbox")).toBeVisible();
      await input.press("ArrowDown");
      for (const line of await violations(page, colorScheme)) found.push(`list open [${colorScheme}] ${line}`);
      await input.press("Enter");
      await expect(page.locator('[data-lookup-result] [data-iso2="KG"]')).toBeVisible();
      for (const line of await violations(page, colorScheme)) found.push(`answer shown [${colorScheme}] ${line}`);
    }
    expect(found, "axe violations in the lookup's states").toEqual([]);
  });
});

test.describe("text at 200% on a 320 px screen: no sideways scrolling", () => {
  for (const path of [...PAGES, ...EDITION_PAGES]) {
    test(path, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await ready(page);
      // Text-only zoom, as a browser's "text size" setting does: the CSSOM is not subject to the page's CSP.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = "200%";
      });
      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(size, "the text zoom took effect").toBe("32px");
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        body: document.body.scrollWidth - document.body.clientWidth,
        // The outermost elements that stick out, for the failure message (a wide table may scroll in its own box).
        culprits: [...document.querySelectorAll("body *")]
          .filter((el) => {
            const out = (e: Element | null) =>
              e !== null && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1;
            return out(el) && !out(el.parentElement) && !el.closest("[class*=overflow-x-auto], [class*=overflow-auto]");
          })
          .slice(0, 6)
          .map((el) => {
            const cls = [...el.classList].slice(0, 4).join(".");
            const text = el.textContent.trim().slice(0, 30);
            return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls ? `.${cls}` : ""} "${text}"`;
          }),
      }));
      expect(
        Math.max(overflow.page, overflow.body),
        `${path} scrolls sideways by ${Math.max(overflow.page, overflow.body)} px; wider than the screen: ${overflow.culprits.join(", ")}`,
      ).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("a reader who asked for reduced motion", () => {
  test("gets no smooth scrolling, where others do", async ({ page }) => {
    const behaviour = () =>
      page.evaluate(() => [
        getComputedStyle(document.documentElement).scrollBehavior,
        getComputedStyle(document.body).scrollBehavior,
      ]);
    for (const path of ["/", "/timeline/"]) {
      await page.emulateMedia({ reducedMotion: "no-preference" });
      await page.goto(path);
      // The contrast that makes the check below mean something: without the preference, the page scrolls smoothly.
      expect((await behaviour())[0], `${path}: html scroll-behavior with no preference`).toBe("smooth");
      await page.emulateMedia({ reducedMotion: "reduce" });
      expect(await behaviour(), `${path}: html and body scroll-behavior with reduced motion`).toEqual(["auto", "auto"]);
    }
  });

  test("sees the lookup's answer jump into view, not glide", async ({ page }) => {
    // A short screen, so the answer starts below the fold and the lookup must scroll to it.
    await page.setViewportSize({ width: 375, height: 600 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/countries/");
    await ready(page, "country-lookup");
    const input = page.getByLabel("Country", { exact: true });
    await input.fill("Kyrgyzstan");
    await expect(page.getByRole("listbox")).toBeVisible();
    await input.press("ArrowDown");
    // Record the scroll position on every frame from the choice on: a smooth scroll passes through many.
    await page.evaluate(() => {
      // The position before the choice is taken now, not on the first frame: under load, Enter may be handled first.
      const seen: number[] = [window.scrollY];
      (window as unknown as { __scrolls: number[] }).__scrolls = seen;
      const start = performance.now();
      const tick = () => {
        if (seen.at(-1) !== window.scrollY) seen.push(window.scrollY);
        if (performance.now() - start < 1500) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await input.press("Enter");
    await expect(page.locator('[data-lookup-result] [data-iso2="KG"]')).toBeInViewport();
    await page.waitForTimeout(1600);
    const scrolls = await page.evaluate(() => (window as unknown as { __scrolls: number[] }).__scrolls);
    expect(scrolls.at(-1), "the lookup scrolled to its answer").toBeGreaterThan(scrolls[0] ?? 0);
    expect(scrolls, "one jump from where the reader was to the answer, no positions between").toHaveLength(2);
  });
});
