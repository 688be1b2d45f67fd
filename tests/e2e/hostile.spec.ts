/**
 * Hostile input in a browser: a few payloads of each kind (tests/hostile-payloads.ts) typed into the country lookup
 * and the country table's filter, and put in the address of the pages whose islands read it. The whole table runs
 * through the parsers and the card in tests/unit/hostile.test.ts; here the islands' wiring is tested. Nothing may run
 * (each payload tries to set window.__pwned or open a dialog), nothing may be injected, no error may be logged (the
 * fixture fails the test on console errors, CSP violations, dialogs and off-site requests), and the page must go on
 * working. Failures name the payload.
 */
import type { Page } from "@playwright/test";
import { PAYLOADS, URL_CAP, type Payload } from "../hostile-payloads";
import { expect, test } from "./fixtures";

/** A few payloads of each kind per island, by name; the whole table runs through the parsers in the unit test. */
const pick = (...names: string[]): Payload[] =>
  names.map((name) => {
    const p = PAYLOADS.find((x) => x.name === name);
    if (!p) throw new Error(`no payload named ${name}`);
    return p;
  });
/** Typed into the lookup: markup, an attribute break-out, a script URL, control characters, a huge string. */
const TYPED = pick(
  "script tag",
  "img onerror, attribute break-out",
  "javascript: URL, mixed case and tab",
  "control characters U+0000-U+001F",
  "10,000 characters",
);
/** Typed into the country table's filter. */
const FILTERED = pick(
  "svg/onload short form",
  "template injection",
  "right-to-left override",
  "10,000 multibyte characters",
);
/** In the address (?country=, ?date=, ?at=, ?q= and the #fragment): markup, broken encodings, a huge query. */
const ADDRESSED = pick(
  "closing a tag first",
  "javascript: URL",
  "malformed percent: truncated sequence",
  "lone surrogate",
  "very long query string",
);
/** The pages whose islands read the address: the lookup, the map (?at=, #trip-), the timeline (#id), Share. */
const ADDRESS_PAGES = ["/countries/", "/map/", "/timeline/", "/", "/countries/kyrgyzstan/"];

function address(path: string, p: Payload): string {
  if (p.query !== undefined) return `${path}?${p.query}`;
  let value = p.raw;
  if (value === undefined) {
    // Long text is cut by whole characters (never inside a surrogate pair) until its encoding fits.
    let chars = Array.from(p.text);
    while (encodeURIComponent(chars.join("")).length > URL_CAP) chars = chars.slice(0, Math.floor(chars.length * 0.9));
    value = encodeURIComponent(chars.join(""));
  }
  return `${path}?country=${value}&date=${value}&at=${value}&q=${value}#${value}`;
}

/** Follows the page's requests so a check waits for scripts that fetch data after load (the lookup). */
function trackRequests(page: Page): () => Promise<void> {
  let inflight = 0;
  page.on("request", () => (inflight += 1));
  page.on("requestfinished", () => (inflight -= 1));
  page.on("requestfailed", () => (inflight -= 1));
  return async () => {
    for (let i = 0; i < 100 && inflight > 0; i += 1) await page.waitForTimeout(20);
  };
}

/**
 * Signs that a payload ran or was parsed as markup, and whether the page still shows its heading. One round trip
 * to the page (after two frames, so scripts have acted on the input), to keep the many payloads quick.
 */
async function inspect(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const found: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push("window.__pwned was set");
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}> in the page`);
        if (/^\s*javascript:/i.test(attr.value)) {
          found.push(`<${el.tagName.toLowerCase()} ${attr.name}="javascript:…">`);
        }
      }
    }
    const injected = document.querySelectorAll(
      "body iframe, body object, body embed, body base, body meta, body math, body style, body link, body img[src='x']",
    );
    for (const el of injected) found.push(`a <${el.tagName.toLowerCase()}> appeared in the body`);
    if (document.querySelector("base")) found.push("a <base> element is in the page");
    const h1 = document.querySelector("main h1");
    if (!h1?.checkVisibility()) found.push("the page's heading is not shown");
    return found;
  });
}

/** Records dialogs and console errors against the payload being tried (the fixture fails the test on them too). */
function blame(page: Page): { current: string; problems: string[] } {
  const state = { current: "(page load)", problems: [] as string[] };
  page.on("dialog", (d) => state.problems.push(`${state.current}: a dialog opened: ${d.message()}`));
  page.on("console", (m) => {
    if (m.type() === "error") state.problems.push(`${state.current}: console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => state.problems.push(`${state.current}: page error: ${e.message}`));
  return state;
}

async function lookupKyrgyzstan(page: Page): Promise<boolean> {
  const input = page.getByLabel("Country", { exact: true });
  await input.fill("Kyrgyzstan");
  await input.press("ArrowDown");
  await input.press("Enter");
  try {
    await expect(page.locator('[data-lookup-result] [data-iso2="KG"]')).toBeVisible({ timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

test("typed into the country lookup on /countries/, nothing runs and the lookup still answers", async ({ page }) => {
  const state = blame(page);
  await page.goto("/countries/");
  const input = page.getByLabel("Country", { exact: true });
  await expect(input).toBeVisible();
  expect(await lookupKyrgyzstan(page), "the lookup answers before any payload").toBe(true);
  for (const p of TYPED) {
    state.current = p.name;
    await input.fill(p.text);
    await input.press("ArrowDown");
    await input.press("Enter");
    for (const d of await inspect(page)) state.problems.push(`${p.name}: ${d}`);
    if (new URL(page.url()).pathname !== "/countries/")
      state.problems.push(`${p.name}: the page moved to ${page.url()}`);
    if (!(await lookupKyrgyzstan(page))) state.problems.push(`${p.name}: the lookup no longer answers for Kyrgyzstan`);
  }
  expect(state.problems).toEqual([]);
});

test("typed into the country table's filter, nothing runs and the filter still finds Kyrgyzstan", async ({ page }) => {
  const state = blame(page);
  await page.goto("/countries/");
  const filter = page.getByLabel("Filter by name");
  const rows = page.locator("country-table tbody tr:not([hidden])");
  for (const p of FILTERED) {
    state.current = p.name;
    await filter.fill(p.text);
    for (const d of await inspect(page)) state.problems.push(`${p.name}: ${d}`);
    await filter.fill("kyrg");
    await expect(rows, `${p.name}: the filter still works`).toHaveCount(1);
  }
  expect(state.problems).toEqual([]);
});

test.describe("in the address of a page whose islands read it, nothing runs and the page still answers", () => {
  for (const path of ADDRESS_PAGES) {
    test(path, async ({ page }) => {
      const state = blame(page);
      const settle = trackRequests(page);
      for (const p of ADDRESSED) {
        state.current = p.name;
        const url = address(path, p);
        try {
          const response = await page.goto(url);
          await settle();
          if (response?.status() !== 200) state.problems.push(`${p.name}: answered ${String(response?.status())}`);
        } catch (error) {
          state.problems.push(`${p.name}: did not load: ${String(error).slice(0, 160)}`);
          continue;
        }
        for (const d of await inspect(page)) state.problems.push(`${p.name}: ${d}`);
        if (path === "/countries/" && !(await lookupKyrgyzstan(page))) {
          state.problems.push(`${p.name}: the lookup no longer answers for Kyrgyzstan`);
        }
      }
      expect(state.problems).toEqual([]);
    });
  }
});
