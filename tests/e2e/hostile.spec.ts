/**
 * Hostile input: markup, script URLs, huge strings, control and bidi characters, broken percent-encoding and
 * look-alike letters, typed into the country lookup and put in the address of every kind of page. Nothing may run
 * (each payload tries to set window.__pwned or open a dialog), nothing may be injected, no error may be logged (the
 * fixture fails the test on console errors, CSP violations, dialogs and off-site requests), and the page must go on
 * working. Failures name the payload.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

interface Payload {
  name: string;
  /** What a reader types. */
  text: string;
  /** The value as it goes in the address, already encoded; by default encodeURIComponent(text). */
  raw?: string;
  /** A whole query string instead of the same value in every parameter. */
  query?: string;
}

const PWN = "window.__pwned=1";
/**
 * Each parameter's encoded value is cut to this in addresses: five copies stay under the 8 KB request line that
 * static hosts accept (nginx answers 414 beyond it, Node 431 beyond 16 KB), so the page, not the host, is tested.
 */
const URL_CAP = 1200;
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");

const PAYLOADS: Payload[] = [
  { name: "script tag", text: `<script>${PWN}</script>` },
  { name: "closing a tag first", text: `"><script>${PWN}</script>` },
  { name: "img onerror", text: `<img src=x onerror="${PWN}">` },
  { name: "img onerror, attribute break-out", text: `" onerror="${PWN}" x="` },
  { name: "svg onload", text: `<svg onload="${PWN}"></svg>` },
  { name: "svg/onload short form", text: `"><svg/onload=${PWN}>` },
  { name: "svg with script", text: `<svg><script>${PWN}</script></svg>` },
  { name: "iframe javascript: src", text: `<iframe src="javascript:top.__pwned=1"></iframe>` },
  { name: "javascript: URL", text: `javascript:${PWN}` },
  { name: "javascript: URL, mixed case and tab", text: `JaVa\tScRiPt:${PWN}` },
  { name: "data: URL with script", text: `data:text/html,<script>${PWN}</script>` },
  { name: "anchor with javascript: href", text: `<a href="javascript:${PWN}">x</a>` },
  { name: "details ontoggle", text: `<details open ontoggle="${PWN}">` },
  { name: "autofocus onfocus", text: `" autofocus onfocus="${PWN}` },
  { name: "single-quote onmouseover", text: `' onmouseover='${PWN}'` },
  { name: "mXSS via math and style", text: `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>` },
  { name: "closing title and textarea", text: `</title></textarea><script>${PWN}</script>` },
  { name: "nested script tags", text: `<<SCRIPT>${PWN}//<</SCRIPT>` },
  { name: "entity-encoded script", text: `&#60;script&#62;${PWN}&#60;/script&#62;` },
  {
    name: "percent-encoded script",
    text: `%3Cscript%3E${PWN}%3C%2Fscript%3E`,
    raw: `%3Cscript%3E${PWN}%3C%2Fscript%3E`,
  },
  { name: "meta refresh to javascript:", text: `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">` },
  { name: "base href to another host", text: `<base href="https://evil.example/">` },
  { name: "stylesheet from another host", text: `<link rel=stylesheet href="https://evil.example/x.css">` },
  { name: "template injection", text: `{{constructor.constructor('${PWN}')()}}` },
  { name: "template literal", text: `\${${PWN}}` },
  { name: "alert", text: `'-alert(1)-'` },
  { name: "prototype key __proto__", text: "__proto__" },
  { name: "prototype key constructor", text: "constructor" },
  { name: "10,000 characters", text: "A".repeat(10_000) },
  { name: "10,000 multibyte characters", text: "Ж".repeat(10_000) },
  { name: "control characters U+0000-U+001F", text: `Kyrgyz${CONTROL}stan` },
  { name: "NUL alone", text: "\u0000" },
  { name: "right-to-left override", text: "\u202eKyrgyzstan" },
  { name: "bidi isolates and zero-width characters", text: "\u2066Kyr\u200bgyz\u200dstan\u2069\ufeff" },
  { name: "lone surrogate", text: "Kyr\ud800gyzstan", raw: "Kyr%ED%A0%80gyzstan" },
  { name: "emoji and flags", text: "🇰🇬🏳️‍🌈👨‍👩‍👧‍👦" },
  { name: "combining marks (zalgo)", text: "K̵̢̛y̷r̸g̴y̶z̵s̷t̸a̴n̶".repeat(20) },
  { name: "SQL: OR 1=1", text: "' OR '1'='1" },
  { name: "SQL: drop table", text: "1; DROP TABLE states; --" },
  { name: "SQL: union select", text: `" UNION SELECT * FROM users --` },
  { name: "malformed percent: truncated sequence", text: "%E0%A4%A", raw: "%E0%A4%A" },
  { name: "malformed percent: lone %", text: "%", raw: "%" },
  { name: "malformed percent: %%", text: "%%", raw: "%%" },
  { name: "malformed percent: %zz and %u", text: "%zz%u0041", raw: "%zz%u0041" },
  { name: "overlong UTF-8 and NUL", text: "%C0%AF%00", raw: "%C0%AF%00" },
  { name: "homoglyphs: Cyrillic in Kyrgyzstan", text: "Кyrgyzstаn" },
  { name: "homoglyphs: fullwidth letters", text: "Ｋｙｒｇｙｚｓｔａｎ" },
  { name: "homoglyphs: Greek and Armenian", text: "Rսssιa" },
  { name: "impossible and extreme dates", text: "2023-02-30", raw: "2023-02-30" },
  { name: "number-like", text: "1e309", raw: "-1e309" },
  { name: "only whitespace", text: " \t\n\r " },
  {
    name: "very long query string",
    text: "x=1&".repeat(500),
    query: `country=KG&${"x=1&".repeat(URL_CAP)}date=2023-10-12&q=end`,
  },
];

/** One page of each kind, plus a timeline event's own page when the build has them. */
function pageTypes(): string[] {
  const types = ["/", "/timeline/", "/map/", "/countries/", "/countries/kyrgyzstan/", "/about/", "/404.html"];
  try {
    const events = JSON.parse(readFileSync("dist/data/timeline.json", "utf8")) as { id: string }[];
    const id = events[0]?.id;
    if (id && existsSync(`dist/timeline/${id}/index.html`)) types.push(`/timeline/${id}/`);
  } catch {
    // No open data built: the page types above are still checked.
  }
  return types;
}

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

test("the payload table is big enough", () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(PAYLOADS.map((p) => p.name)).size, "names are unique").toBe(PAYLOADS.length);
});

test("typed into the country lookup on /countries/, nothing runs and the lookup still answers", async ({ page }) => {
  test.setTimeout(300_000);
  const state = blame(page);
  await page.goto("/countries/");
  const input = page.getByLabel("Country", { exact: true });
  await expect(input).toBeVisible();
  expect(await lookupKyrgyzstan(page), "the lookup answers before any payload").toBe(true);
  for (const p of PAYLOADS) {
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

test.describe("in the address of every kind of page, nothing runs and the page still answers", () => {
  for (const path of pageTypes()) {
    test(path, async ({ page }, info) => {
      // Addresses are read by scripts, not by layout: one width is enough.
      test.skip(info.project.name !== "desktop", "address payloads run in the desktop project only");
      test.setTimeout(300_000);
      const state = blame(page);
      const settle = trackRequests(page);
      for (const p of PAYLOADS) {
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
