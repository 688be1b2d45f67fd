/** The embeds' snippet, oEmbed answer and new-tab links (src/lib/embed.ts), and the resize script's message type. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { embedFor, embedSnippet, HEIGHT_MESSAGE, linksInNewTab, oembed, oembedPath } from "../../src/lib/embed";
import { SITE_NAME } from "../../src/lib/site";

const SRC = "https://news.example/embed/lookup/kyrgyzstan/";

describe("the embed code", () => {
  it("is a titled, lazy iframe at a first height, then our resize script from the same origin", () => {
    const code = embedSnippet(SRC, embedFor("country", "kyrgyzstan", "Kyrgyzstan"));
    const [iframe, script] = code.split("\n");
    expect(iframe).toMatch(/^<iframe src="https:\/\/news\.example\/embed\/lookup\/kyrgyzstan\/" /);
    expect(iframe).toContain('title="Kyrgyzstan and the ICC"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toMatch(/ height="\d{3}"/);
    expect(iframe).toMatch(/><\/iframe>$/);
    expect(script).toBe('<script async src="https://news.example/embed.js"></script>');
    expect(embedSnippet(SRC, { title: "x", height: 300 }, false)).not.toContain("<script");
  });

  it("escapes a title and an address that hold quotes or markup", () => {
    const code = embedSnippet('https://news.example/embed/lookup/?country="><b>', {
      title: 'Côte d\'Ivoire "<i>"',
      height: 1,
    });
    expect(code).not.toContain("<b>");
    expect(code).not.toContain("<i>");
    expect(code).toContain("&quot;&lt;i&gt;&quot;");
  });
});

describe("the oEmbed answer", () => {
  it("names the provider and the title in the edition's words when given them", () => {
    const e = { ...embedFor("map"), path: "/ru/embed/map/", title: "Куда ездил Путин после выдачи ордера МУС" };
    const answer = oembed("https://news.example/ru/embed/map/", e, "Ордер на арест Путина: объясняем");
    expect(answer.title).toBe("Куда ездил Путин после выдачи ордера МУС");
    expect(answer.provider_name).toBe("Ордер на арест Путина: объясняем");
    expect(answer.html).toContain('src="https://news.example/ru/embed/map/"');
    expect(answer.html).toContain('title="Куда ездил Путин после выдачи ордера МУС"');
  });

  it("is version 1.0, type rich, with the iframe as html, its size, title and provider", () => {
    const e = embedFor("map");
    const answer = oembed("https://news.example/embed/map/", e);
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      title: e.title,
      provider_name: SITE_NAME,
      provider_url: "https://news.example/",
      height: e.height,
    });
    expect(answer.width).toBeGreaterThan(0);
    expect(answer.html).toBe(embedSnippet("https://news.example/embed/map/", e));
    expect(oembedPath(e.path)).toBe("/embed/map/oembed.json");
  });
});

describe("links in an embed", () => {
  it("open in a new tab, except #fragments and links that say where they open", () => {
    const html =
      '<a href="/countries/">a</a> <a class="x" href="https://e.org/">b</a> <a href="#trip-1">c</a> <a target="_self" href="/map/">d</a>';
    expect(linksInNewTab(html)).toBe(
      '<a target="_blank" href="/countries/">a</a> <a target="_blank" class="x" href="https://e.org/">b</a> <a href="#trip-1">c</a> <a target="_self" href="/map/">d</a>',
    );
  });
});

it("the resize script listens for the message type the embeds send", () => {
  const script = readFileSync(join(import.meta.dirname, "../../public/embed.js"), "utf8");
  expect(script).toContain(`const TYPE = "${HEIGHT_MESSAGE}";`);
});
