// Screenshots of pages as a reader sees them: each path at 375 and 1280 px, light and dark, full page.
// Usage: node scripts/shots.mjs OUT_DIR /path/ [/other/path/ ...] (against a running server, BASE_URL or :4321).
// WIDTHS=375,1280 SCHEMES=light,dark choose the views; SCROLL_TO=<selector> shoots one screen from that element
// (HEIGHT tall, 900 by default) instead of the whole page; SCROLL_X=<selector> scrolls that box to its right end.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/browser.mjs";

const [out = "shots", ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? "http://localhost:4321";
const widths = (process.env.WIDTHS ?? "375,1280").split(",").map(Number);
const schemes = (process.env.SCHEMES ?? "light,dark").split(",");
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const path of paths.length > 0 ? paths : ["/"]) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const height = Number(process.env.HEIGHT ?? 900);
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      await page.goto(new URL(path, base).href, { waitUntil: "networkidle" });
      const target = process.env.SCROLL_TO;
      if (target) {
        await page
          .locator(target)
          .first()
          .evaluate((e) => e.scrollIntoView({ block: "start", behavior: "instant" }));
        await page.waitForTimeout(200);
      }
      // SCROLL_X=<selector>: scroll that box sideways to its end first (a table in its own scrolling box).
      if (process.env.SCROLL_X) {
        await page
          .locator(process.env.SCROLL_X)
          .first()
          .evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
      }
      const slug = `${path}${target ?? ""}`.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      const name = `${slug}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: !target });
      await page.close();
      console.log(join(out, name));
    }
  }
}
await browser.close();
