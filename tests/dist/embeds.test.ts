/**
 * The built embeds: each embeddable page links its oEmbed answer, the answer describes an embed that exists, and an
 * embed page is the piece alone (no site header, navigation or footer), noindex, with its source linked in a new
 * tab and the lookup's data inline, the same as /data/lookup.json. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_NAME } from "../../src/lib/site";
import { DIST } from "../dist";

const html = (path: string) => readFileSync(join(DIST, path, "index.html"), "utf8");
const head = (page: string) => page.slice(0, page.indexOf("</head>"));
const decode = (s: string) => s.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#39;", "'");

const EMBEDDABLE = [
  { page: "/map/", embed: "/embed/map/" },
  { page: "/countries/", embed: "/embed/lookup/" },
  { page: "/countries/kyrgyzstan/", embed: "/embed/lookup/kyrgyzstan/" },
  { page: "/countries/russia/", embed: "/embed/lookup/russia/" },
];

describe("oEmbed discovery", () => {
  for (const { page, embed } of EMBEDDABLE) {
    it(`${page} links a static oEmbed answer for ${embed}`, () => {
      const links = [...head(html(page)).matchAll(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g)];
      expect(links, "one oEmbed link in the head").toHaveLength(1);
      const href = decode(/href="([^"]+)"/.exec(links[0]?.[0] ?? "")?.[1] ?? "");
      const path = new URL(href).pathname;
      expect(path).toBe(`${embed}oembed.json`);
      const answer = JSON.parse(readFileSync(join(DIST, path), "utf8")) as Record<string, unknown>;
      expect(answer).toMatchObject({ version: "1.0", type: "rich", provider_name: SITE_NAME });
      for (const key of ["width", "height"]) expect(typeof answer[key], key).toBe("number");
      expect(String(answer["title"]).length).toBeGreaterThan(5);
      const src = /<iframe src="([^"]+)"/.exec(String(answer["html"]))?.[1] ?? "";
      expect(new URL(decode(src)).pathname, "the iframe shows the embed").toBe(embed);
      expect(existsSync(join(DIST, embed, "index.html")), `${embed} is built`).toBe(true);
      expect(String(answer["html"])).toContain('loading="lazy"');
      expect(String(answer["html"])).toMatch(/ title="[^"]{5,}"/);
    });
  }
});

describe("an embed page", () => {
  const lookupJson = readFileSync(join(DIST, "data/lookup.json"), "utf8");
  for (const { page, embed } of EMBEDDABLE) {
    it(`${embed} is the piece alone, noindex, its source ${page} linked in a new tab`, () => {
      const text = html(embed);
      expect(text).not.toMatch(/<header\b/);
      expect(text).not.toMatch(/<nav\b/);
      expect(text).not.toMatch(/<footer\b/);
      expect(text).toContain('<meta name="robots" content="noindex">');
      const source = /<a [^>]*data-embed-source[^>]*>([^<]*)<\/a>/.exec(text);
      expect(source?.[1]).toBe(SITE_NAME);
      expect(source?.[0]).toContain(`href="${page}"`);
      expect(source?.[0]).toContain('target="_blank"');
      if (embed.startsWith("/embed/lookup/")) {
        const block = /<script type="application\/json" id="lookup-data">([\s\S]*?)<\/script>/.exec(text)?.[1] ?? "";
        expect(JSON.parse(block), "the lookup's data, inline").toEqual(JSON.parse(lookupJson));
        expect(block).not.toContain("<");
      }
    });
  }

  it("one country's embed answers for it without JavaScript", () => {
    const text = html("/embed/lookup/kyrgyzstan/");
    expect(text).toMatch(/<article[^>]*data-iso2="KG"/);
    expect(text).toContain("Is Kyrgyzstan a State Party today?");
    expect(text).toMatch(/<input[^>]*id="lookup-country"[^>]*value="Kyrgyzstan"/);
  });
});
