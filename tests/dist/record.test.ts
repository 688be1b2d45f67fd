/**
 * What the built pages print is written for a reader and rests on sources a newsroom would cite: no editor's
 * note, field name or empty value leaks into a page, no page links a refused source, every state with a
 * treaty action links the UN record, and the headline count is the model's. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { iccState } from "../../src/schemas/icc";
import { refusal } from "../../src/lib/source-policy";
import { partiesOn } from "../../src/lib/membership";
import { treatyDates } from "../../src/lib/treaty";
import { countrySlug, withCommonName } from "../../src/lib/country-name";
import { asOf } from "../../src/lib/as-of";
import { DIST, htmlFiles } from "../dist";
import { readStates } from "../unit/content-data";

const states = readStates().map((raw) => withCommonName(iccState.parse(raw)));
const pages = existsSync(join(DIST, "index.html"))
  ? htmlFiles().map((file) => ({ name: relative(DIST, file), html: readFileSync(file, "utf8") }))
  : [];

/** The words a reader sees: no scripts, styles, templates or code samples (the about page documents field names in <code>). */
const readerText = (html: string) =>
  html
    .replace(/<(script|style|template|code)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** Words that betray a working note or a template gone wrong. */
const LEAKS = [
  /\bnull\b(?! and void)/i,
  /\bundefined\b/,
  /\bNaN\b/,
  /\[object Object\]/,
  /\b(?:TODO|TBD|FIXME|XXX)\b/,
  /task brief/i,
  /before publishing/i,
  /AI-generated/i,
  /course-notes/i,
  /left (?:empty|null|blank)/i,
  /\bmirror (?:copy|of Wikipedia)/i,
  /not (?:yet )?(?:confirmed|checked) (?:in|against) the (?:sources|UN page)/i,
  /\bre-?check\b/i,
  /npm run/,
];

/** A field name written the way code writes it: lower camel case (`signatureWithdrawn`) or snake case (`art12_3`). */
const FIELD_NAME = /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|\b[a-z]+\d*_\w+\b/;

describe("what the built pages print", () => {
  it("has pages to check", () => {
    expect(pages.length, "dist/ is missing: run `npm run build` first").toBeGreaterThan(100);
  });

  it("never prints a working note, an empty value or a field name", () => {
    const found: string[] = [];
    for (const { name, html } of pages) {
      const text = readerText(html);
      for (const re of [...LEAKS, FIELD_NAME]) {
        const m = re.exec(text);
        if (m) found.push(`${name}: “${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}”`);
      }
    }
    expect(found.slice(0, 12), `${String(found.length)} leaks`).toEqual([]);
  });

  it("never prints any part of an editor's note, on a page or in the downloads", () => {
    const notes = states.flatMap((s) => (s.editorNote ? [{ iso2: s.iso2, note: s.editorNote }] : []));
    expect(notes.length).toBeGreaterThan(10);
    const downloads = ["data/icc-states.json", "data/icc-states.csv", "data/lookup.json"].map((f) =>
      readFileSync(join(DIST, f), "utf8"),
    );
    const everything = [...pages.map((p) => readerText(p.html)), ...downloads].join("\n");
    const leaked = notes.filter(({ note }) =>
      note
        .split(/(?<=[.;:])\s+/)
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence.length >= 50)
        .some((sentence) => everything.includes(sentence)),
    );
    expect(leaked.map((n) => n.iso2)).toEqual([]);
    for (const text of downloads) expect(text).not.toMatch(/editorNote/);
  });

  it("links no refused source", () => {
    const refused: string[] = [];
    for (const { name, html } of pages) {
      for (const m of html.matchAll(/href="(https?:\/\/[^"]+)"/g)) {
        const why = refusal((m[1] ?? "").replaceAll("&amp;", "&"));
        if (why !== null) refused.push(`${name}: ${why}`);
      }
    }
    expect(refused.slice(0, 12), `${String(refused.length)} refused links`).toEqual([]);
  });

  it("links the UN Treaty Collection from the page of every state that took a treaty action", () => {
    const missing = states
      .filter((s) => s.actions.length > 0)
      .filter((s) => {
        const page = pages.find((p) => p.name === join("countries", countrySlug(s), "index.html"));
        return !page?.html.includes('href="https://treaties.un.org/');
      })
      .map((s) => s.iso2);
    expect(missing).toEqual([]);
  });
});

describe("the headline count", () => {
  it("is the model's count today, as the explainer prints it", () => {
    const now = asOf();
    const expected = partiesOn(
      states.map((s) => ({ ...s, ...treatyDates(s.actions) })),
      now,
    ).length;
    const home = pages.find((p) => p.name === "index.html")?.html ?? "";
    const printed = [...home.matchAll(/data-parties-count data-on="([\d-]+)">\s*(\d+)/g)].filter((m) => m[1] === now);
    expect(printed.length).toBeGreaterThan(0);
    for (const m of printed) expect(Number(m[2])).toBe(expected);
  });

  it("shows Hungary as a State Party, on its page and in the open data", () => {
    const page = pages.find((p) => p.name === join("countries", "hungary", "index.html"))?.html ?? "";
    expect(page).toContain('data-icc-status="party"');
    const rows = JSON.parse(readFileSync(join(DIST, "data/icc-states.json"), "utf8")) as {
      iso2: string;
      status: string;
    }[];
    expect(rows.find((r) => r.iso2 === "HU")?.status).toBe("party");
  });
});
