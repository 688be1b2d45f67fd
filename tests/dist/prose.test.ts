/**
 * The prose stylesheet (src/styles/prose.css) styles only the elements the site's prose prints, not the typography
 * plugin's full set. This sweep keeps it so: every element inside a `.prose` block of every built page, outside
 * its `.not-prose` components, is either one the stylesheet names or one whose browser default is right in running
 * text. A new kind of element in the content (a block quotation, a fourth-level heading, an image) fails here, named
 * with its page, until prose.css gives it a style. Needs `npm run build` first.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, htmlFiles, urlPath } from "../dist";

const PROSE_CSS = readFileSync(resolve(import.meta.dirname, "../../src/styles/prose.css"), "utf8");

/** The element names prose.css's selectors name: "p", "a", "h2", "thead", … (not pseudo-classes or classes). */
const styled = new Set(
  [...PROSE_CSS.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{}]+)\{/g)]
    .flatMap(([, selector = ""]) => [...selector.matchAll(/(?<![\w:.-])([a-z][a-z0-9]*)(?![\w-])/g)].map((m) => m[1]))
    .filter((name) => name !== undefined && name !== "layer" && name !== "components"),
);

/** Elements that need no prose rule: phrasing whose default reads right, containers, and the islands' markup. */
const PLAIN = new Set(
  [
    "span sup sub em i b time abbr small br wbr q cite data bdi",
    "div section details summary caption country-lookup form label input button",
    "svg g path circle rect line text title desc defs pattern",
  ].flatMap((group) => group.split(" ")),
);

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"]);

/** The names of the elements inside `.prose` blocks of `html`, outside `.not-prose`, each once. */
export function proseElements(html: string): Set<string> {
  const found = new Set<string>();
  const stack: { tag: string; prose: boolean; off: boolean }[] = [];
  const text = html.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>/gi, "");
  for (const [, close, name, attrs] of text.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = (name ?? "").toLowerCase();
    if (close) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    const parent = stack.at(-1);
    const classes = /\bclass="([^"]*)"/.exec(attrs ?? "")?.[1]?.split(/\s+/) ?? [];
    const off = (parent?.off ?? false) || classes.includes("not-prose");
    if (parent?.prose && !off) found.add(tag);
    if (VOID.has(tag) || (attrs ?? "").endsWith("/")) continue;
    stack.push({ tag, prose: (parent?.prose ?? false) || classes.includes("prose"), off });
  }
  return found;
}

describe("prose elements (src/styles/prose.css)", () => {
  it("finds what a prose block prints, and not what its not-prose components print", () => {
    const html =
      '<main><div class="prose prose-lg"><p>a <a href="/">b</a><br></p><blockquote>q</blockquote>' +
      '<figure class="not-prose"><table><tr><td>x</td></tr></table><img src="x.png" alt=""></figure>' +
      '<svg><path d="M0 0"/></svg><ul><li>i</li></ul></div><h4>outside</h4></main>';
    expect([...proseElements(html)].sort()).toEqual(["a", "blockquote", "br", "li", "p", "path", "svg", "ul"]);
  });

  it("reads the element names out of prose.css", () => {
    for (const name of ["p", "a", "h2", "h3", "ul", "ol", "li", "table", "thead", "td", "figcaption", "code"]) {
      expect(styled, name).toContain(name);
    }
    for (const name of ["where", "not", "first", "prose", "lg", "blockquote"]) expect(styled, name).not.toContain(name);
  });

  it("every element inside a .prose block on every page is one prose.css styles or needs no rule", () => {
    const unstyled: string[] = [];
    let blocks = 0;
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, "utf8");
      if (!html.includes("prose")) continue;
      const found = proseElements(html);
      if (found.size > 0) blocks++;
      for (const tag of found) {
        if (!styled.has(tag) && !PLAIN.has(tag)) unstyled.push(`${urlPath(file)}: <${tag}>`);
      }
    }
    expect(blocks, "pages with prose").toBeGreaterThan(300);
    expect(unstyled, "elements in prose that src/styles/prose.css does not style").toEqual([]);
  });
});
