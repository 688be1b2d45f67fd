/**
 * A malformed content file is refused by its schema, naming the field: each case reads the valid fixtures in
 * tests/fixtures/content, breaks one entry as an editor might, and parses it with the schema the collection uses
 * (`safeParse`, no build). That `astro build` prints these messages with the file's name is shown once, by a real
 * build, in tests/dist/content-build.test.ts.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ZodType } from "astro/zod";
import { parseJsonRecords } from "../../src/lib/json-records";
import { article } from "../../src/schemas/article";
import { iccState } from "../../src/schemas/icc";
import { timelineEvent } from "../../src/schemas/timeline";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/content");
const read = (file: string) => readFileSync(join(FIXTURES, file), "utf8");

/** The frontmatter of an MDX file, parsed as YAML. */
function frontmatter(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error("no frontmatter");
  return parse(match[1] ?? "");
}

/** `file` edited by `edit` (which must change it), then its entries: the frontmatter of an MDX file, or each JSON record. */
function edited(file: string, edit: (text: string) => string): unknown[] {
  const before = read(file);
  const after = edit(before);
  expect(after, "the edit must change the fixture").not.toBe(before);
  return file.endsWith(".mdx") ? [frontmatter(after)] : parseJsonRecords(file, after);
}

/** Each issue the schema raises for the entries, as "path: message". */
function issues(schema: ZodType, entries: unknown[]): string[] {
  return entries.flatMap((entry) => {
    const result = schema.safeParse(entry);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  });
}

const WARRANT = "timeline/2023-03-17-icc-issues-putin-warrant.mdx";
const KYRGYZSTAN = "timeline/2023-10-12-putin-visits-kyrgyzstan.mdx";
const ICC = "data/icc-states.json";
const ARTICLE = "article/explainer.mdx";

describe("the valid fixtures", () => {
  it("pass every schema (so the failures below come from the edits)", () => {
    expect(issues(timelineEvent, [frontmatter(read(WARRANT)), frontmatter(read(KYRGYZSTAN))])).toEqual([]);
    expect(issues(iccState, parseJsonRecords(ICC, read(ICC)))).toEqual([]);
    expect(issues(article, [frontmatter(read(ARTICLE))])).toEqual([]);
  });
});

describe("a malformed content file is refused, naming the field", () => {
  it("names the `sources` field when an event has no sources", () => {
    const found = issues(
      timelineEvent,
      edited(WARRANT, (t) => t.replace(/sources:\n(?: {2}.*\n)+/, "")),
    );
    expect(found).toEqual(["sources: needs a list of sources"]);
  });

  it("names the `kind` field when the kind is not one of the enum", () => {
    const found = issues(
      timelineEvent,
      edited(WARRANT, (t) => t.replace('kind: "court"', 'kind: "courtroom"')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^kind: /);
    // The message lists what the kind may be, so the editor sees the choices.
    for (const kind of ["court", "travel", "membership", "diplomacy", "war"]) expect(found[0]).toContain(kind);
  });

  it("names the `endDate` field when the date is impossible", () => {
    const found = issues(
      timelineEvent,
      edited(KYRGYZSTAN, (t) => t.replace('endDate: "2023-10-13"', 'endDate: "2023-02-30"')),
    );
    expect(found).toContain("endDate: is not a real calendar date");
  });

  it("names the `countries` field and the entry for an unknown country code", () => {
    const found = issues(
      timelineEvent,
      edited(WARRANT, (t) => t.replace('countries: ["RU", "UA"]', 'countries: ["RU", "XX"]')),
    );
    expect(found).toEqual(['countries.1: "XX" is not an ISO 3166-1 alpha-2 country code']);
  });

  it("names the action's `date` field for a bad date in the ICC data", () => {
    const found = issues(
      iccState,
      edited(ICC, (t) => t.replace('"date": "1998-12-08"', '"date": "1998-02-30"')),
    );
    expect(found[0]).toBe("actions.0.date: is not a real calendar date");
  });

  it("names the `inForce` field when a recorded entry into force disagrees with Article 126", () => {
    const found = issues(
      iccState,
      edited(ICC, (t) => t.replace('"inForce": "2025-01-01"', '"inForce": "2024-12-01"')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^actions\.\d+\.inForce: is 2024-12-01, but Article 126 gives 2025-01-01/);
  });

  it("names the missing `standfirst` field of the article", () => {
    const found = issues(
      article,
      edited(ARTICLE, (t) => t.replace(/^standfirst: .*\n/m, "")),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^standfirst: /);
  });
});

describe("a data file that is not valid JSON", () => {
  it("is refused by the loader's parser, naming the file and where the JSON breaks", () => {
    const broken = read(ICC).replace('"name": "Kyrgyzstan",', '"name": "Kyrgyzstan"');
    expect(broken).not.toBe(read(ICC));
    expect(() => parseJsonRecords("content/data/icc-states.json", broken)).toThrow(
      /^content\/data\/icc-states\.json is not valid JSON: .*(line|position) \d+/,
    );
  });

  it("is refused when it holds one record instead of an array", () => {
    expect(() => parseJsonRecords("content/data/icc-states.json", '{"iso2": "KG"}')).toThrow(
      "content/data/icc-states.json must hold an array of records",
    );
  });
});
