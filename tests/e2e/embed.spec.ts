/**
 * Embeds in another site's page: a host page on a second loopback origin pastes each embed's snippet (the iframe and
 * our resize script), plain and sandboxed as WordPress sandboxes embeds (scripts, no same origin). Inside the iframe
 * the lookup answers, the iframe takes the height the embed reports as it changes, the source link opens the full
 * page in a new tab, axe finds nothing, and no request goes anywhere but the site; no cookie is set.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { embedFor, embedSnippet, type Embeddable } from "../../src/lib/embed";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** What WordPress puts on an embed's iframe, with popups let out so the source link can open. */
const SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

const EMBEDS: { name: string; embed: Embeddable; source: string }[] = [
  { name: "the lookup", embed: embedFor("lookup"), source: "/countries/" },
  {
    name: "Kyrgyzstan's answer",
    embed: embedFor("country", "kyrgyzstan", "Kyrgyzstan"),
    source: "/countries/kyrgyzstan/",
  },
  { name: "the travel map", embed: embedFor("map"), source: "/map/" },
];

let host: Server;
let hostOrigin = "";
let siteOrigin = "";

test.beforeAll(async ({ baseURL }) => {
  siteOrigin = new URL(baseURL ?? "http://localhost").origin;
  // The host page: ?src=<embed address>&sandbox=1, the snippet as an editor pastes it.
  host = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://host");
    const src = url.searchParams.get("src");
    if (url.pathname !== "/" || src === null) {
      // The browser's own request for /favicon.ico, and anything else: nothing here.
      res.writeHead(204).end();
      return;
    }
    const embed = EMBEDS.find((e) => new URL(src).pathname === e.embed.path)?.embed ?? EMBEDS[0]?.embed;
    let snippet = embedSnippet(src, { title: embed?.title ?? "", height: 300 });
    if (url.searchParams.get("sandbox") === "1") snippet = snippet.replace("<iframe ", `<iframe sandbox="${SANDBOX}" `);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host's article</title></head>` +
        `<body><main><h1>A host's article</h1><p>Some text before the embed.</p>${snippet}<p>After it.</p></main></body></html>`,
    );
  });
  await new Promise<void>((r) => host.listen(0, "127.0.0.1", r));
  hostOrigin = `http://127.0.0.1:${String((host.address() as AddressInfo).port)}`;
});

test.afterAll(async () => {
  await new Promise((r) => host.close(r));
});

/** Opens the host page with the embed; collects every request that leaves the site and every error. */
async function open(page: Page, path: string, sandbox: boolean) {
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${siteOrigin}/`) && !url.startsWith(`${hostOrigin}/`) && !url.startsWith("data:"))
      problems.push(`request to another host: ${url}`);
    if (request.frame() !== page.mainFrame() && !url.startsWith(`${siteOrigin}/`) && !url.startsWith("data:"))
      problems.push(`the embed asked for something off the site: ${url}`);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  const src = `${siteOrigin}${path}`;
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}${sandbox ? "&sandbox=1" : ""}`);
  const iframe = page.locator("iframe");
  await expect(iframe).toHaveAttribute("loading", "lazy");
  if (sandbox) await expect(iframe).toHaveAttribute("sandbox", SANDBOX);
  const frame = await (await iframe.elementHandle()).contentFrame();
  expect(frame, "the iframe has a document").not.toBeNull();
  await (frame as Frame).waitForLoadState("load");
  return { frame: frame as Frame, iframe, problems };
}

/** The iframe's height on the host page follows the embed document's own. */
async function expectFitted(frame: Frame, iframe: ReturnType<Page["locator"]>) {
  await expect
    .poll(
      async () => {
        const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const outer = (await iframe.boundingBox())?.height ?? 0;
        return Math.abs(inner - outer) <= 1 ? "fitted" : `iframe ${String(outer)} px, embed ${String(inner)} px`;
      },
      { timeout: 10_000 },
    )
    .toBe("fitted");
}

for (const sandbox of [false, true]) {
  const how = sandbox ? "sandboxed" : "plain";
  test.describe(`embedded ${how} in another origin's page`, () => {
    test("the lookup answers inside the iframe and the iframe grows with the answer", async ({ page, context }) => {
      const { frame, iframe, problems } = await open(page, "/embed/lookup/", sandbox);
      await expectFitted(frame, iframe);
      const before = (await iframe.boundingBox())?.height ?? 0;
      const input = frame.getByLabel("Country", { exact: true });
      await input.fill("Mongolia");
      await input.press("ArrowDown");
      await input.press("Enter");
      const card = frame.locator('[data-lookup-result] [data-iso2="MN"]');
      await expect(card).toBeVisible();
      await expect(card.getByRole("heading", { level: 3 })).toHaveText("Is Mongolia a State Party today?");
      await expectFitted(frame, iframe);
      // The source link opens the full lookup on the same answer.
      const [popup] = await Promise.all([page.waitForEvent("popup"), frame.locator("a[data-embed-source]").click()]);
      expect(popup.url()).toBe(`${siteOrigin}/countries/?country=mn`);
      await popup.close();
      expect((await iframe.boundingBox())?.height ?? 0, "the iframe grew with the answer").toBeGreaterThan(
        before + 100,
      );
      expect(await context.cookies(), "no cookie").toEqual([]);
      expect(problems).toEqual([]);
    });

    test("one country's embed answers for the day in its address", async ({ page }) => {
      const { frame, iframe, problems } = await open(page, "/embed/lookup/mongolia/?date=2024-09-02", sandbox);
      await expect(frame.locator('[data-lookup-result] [data-iso2="MN"] h3')).toHaveText(
        "Was Mongolia a State Party on 2 September 2024?",
      );
      await expectFitted(frame, iframe);
      expect(problems).toEqual([]);
    });

    test("the resize script fits an edition's embed as it does an English one", async ({ page }) => {
      for (const path of ["/ru/embed/map/", "/uk/embed/lookup/kyrgyzstan/"]) {
        const { frame, iframe, problems } = await open(page, path, sandbox);
        await expectFitted(frame, iframe);
        expect((await iframe.boundingBox())?.height ?? 0, `${path}: the iframe left its first 300 px`).not.toBe(300);
        expect(problems, path).toEqual([]);
      }
    });

    for (const { name, embed, source } of EMBEDS) {
      test(`${name}: fits its iframe, links its full page in a new tab, and axe finds nothing`, async ({ page }) => {
        const { frame, iframe, problems } = await open(page, embed.path, sandbox);
        await expectFitted(frame, iframe);
        if (embed.path === "/embed/map/") await expect(frame.locator("[data-controls]")).toBeVisible();
        const link = frame.locator("a[data-embed-source]");
        await expect(link).toHaveAttribute("target", "_blank");
        expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${siteOrigin}${source}`);
        const [popup] = await Promise.all([page.waitForEvent("popup"), link.click()]);
        await popup.waitForLoadState("domcontentloaded");
        expect(popup.url()).toBe(`${siteOrigin}${source}`);
        await popup.close();
        expect(problems).toEqual([]);
        // Last: in a sandboxed frame axe's own probes set inline styles, which the embed's CSP refuses (and logs).
        const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        const inFrame = axe.passes.flatMap((r) => r.nodes).filter((n) => n.target.length > 1);
        expect(inFrame.length, "axe looked inside the iframe").toBeGreaterThan(10);
      });
    }
  });
}

test("the resize script ignores height messages from frames that are not ours", async ({ page }) => {
  const { iframe } = await open(page, "/embed/lookup/", false);
  await expectFitted(page.frames()[1] as Frame, iframe);
  const fitted = (await iframe.boundingBox())?.height ?? 0;
  // The host page itself (another origin, not the iframe's window) claims a height.
  await page.evaluate(() => {
    window.postMessage({ type: "icc-explainer:embed-height", height: 5000 }, "*");
  });
  await page.waitForTimeout(300);
  expect((await iframe.boundingBox())?.height).toBe(fitted);
});

test.describe("the Embed button beside Share", () => {
  test("shows the code for the page as the reader sees it, and copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/countries/?country=mn&date=2024-09-02");
    await expect(page.locator('[data-lookup-result] [data-iso2="MN"]')).toBeVisible();
    await page.locator("embed-button summary").click();
    const code = page.getByLabel("Code to put this in your page");
    await expect(code).toBeVisible();
    await expect(code).toHaveAttribute("readonly", "");
    const value = await code.inputValue();
    expect(value).toContain(`<iframe src="${siteOrigin}/embed/lookup/?country=mn&amp;date=2024-09-02" `);
    expect(value).toContain('loading="lazy"');
    expect(value).toContain(`<script async src="${siteOrigin}/embed.js"></script>`);
    await page.getByRole("button", { name: "Copy code" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Code copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
    const axe = await new AxeBuilder({ page }).include("embed-button").withTags(WCAG_TAGS).analyze();
    expect(
      axe.violations.map((v) => v.id),
      "axe, with the code open",
    ).toEqual([]);
  });

  for (const [path, embed] of [
    ["/map/", "/embed/map/"],
    ["/countries/kyrgyzstan/", "/embed/lookup/kyrgyzstan/"],
  ] as const) {
    test(`without JavaScript, ${path} still shows its embed code to select`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
      const page = await context.newPage();
      await page.goto(path);
      await page.locator("embed-button summary").click();
      const code = page.getByLabel("Code to put this in your page");
      await expect(code).toBeVisible();
      // Without the script the code names the public address (the placeholder in a build without SITE_URL).
      expect(await code.inputValue()).toMatch(new RegExp(`^<iframe src="https?://[^/"]+${embed}" title="[^"]+"`));
      await expect(page.getByRole("button", { name: "Copy code" })).toBeHidden();
      await context.close();
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a country's embed shows its answer, and the map embed its map and table", async ({ page }) => {
    await page.goto("/embed/lookup/kyrgyzstan/");
    await expect(page.locator('[data-lookup-result] [data-iso2="KG"] h3')).toHaveText(
      "Is Kyrgyzstan a State Party today?",
    );
    await expect(page.locator('[data-lookup-result] [data-iso2="KG"]')).toContainText("No: today, Kyrgyzstan is not");
    await expect(page.locator("a[data-embed-source]")).toHaveAttribute("href", "/countries/kyrgyzstan/");
    await page.goto("/embed/map/");
    // One drawing per screen size: the wide one from 768 px, the narrow one on a phone.
    await expect(page.locator("svg.tm-svg").filter({ visible: true })).toHaveCount(1);
    await page.getByText("Every trip, as a table").click();
    await expect(page.locator("table tbody tr").first()).toBeVisible();
    // Every link but the in-page ones opens a new tab: inside another site's page, the site must not load in the frame.
    const stay = await page.locator("a[href]:not([href^='#']):not([target='_blank'])").count();
    expect(stay).toBe(0);
  });
});

test("the lookup embed answers the question in its address, as /countries/ does", async ({ page }) => {
  await page.goto("/embed/lookup/?country=Kyrgyzstan&date=2023-10-12");
  await expect(page.locator('[data-lookup-result] [data-iso2="KG"] h3')).toHaveText(
    "Was Kyrgyzstan a State Party on 12 October 2023?",
  );
  await expect(page.locator('[data-lookup-result] [data-iso2="KG"]')).toContainText("Putin arrived in Kyrgyzstan");
});
