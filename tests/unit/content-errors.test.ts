/**
 * A malformed content file must fail `astro build` with a message naming the file and the field.
 * Each case copies the valid fixtures into a scratch project, breaks one entry, and builds it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const scratch: string[] = [];

function buildWith(file: string, edit: (text: string) => string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "content-errors-"));
  scratch.push(dir);
  for (const f of ["astro.config.mjs", "tsconfig.json", "src/content.config.ts", "src/schemas", "src/lib"]) {
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  }
  cpSync(join(ROOT, "tests/fixtures/content"), join(dir, "content"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const target = join(dir, "content", file);
  const before = readFileSync(target, "utf8");
  const after = edit(before);
  expect(after, "the edit must change the fixture").not.toBe(before);
  writeFileSync(target, after);
  const result = spawnSync(join(ROOT, "node_modules/.bin/astro"), ["build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe("a malformed content file fails the build", () => {
  it("builds the valid fixtures (so the failures below come from the edits)", () => {
    const { ok, output } = buildWith("timeline/2023-03-17-icc-issues-putin-warrant.mdx", (t) =>
      t.replace("Fixture body.", "Fixture body, unchanged in substance."),
    );
    expect(ok, output).toBe(true);
  });

  it("names the timeline file and the `sources` field when an event has no sources", () => {
    const { ok, output } = buildWith("timeline/2023-03-17-icc-issues-putin-warrant.mdx", (t) =>
      t.replace(/sources:\n(?: {2}.*\n)+/, ""),
    );
    expect(ok).toBe(false);
    expect(output).toContain("2023-03-17-icc-issues-putin-warrant");
    expect(output).toMatch(/sources\**: /);
  });

  it("names the timeline file and the `kind` field when the kind is not one of the enum", () => {
    const { ok, output } = buildWith("timeline/2023-03-17-icc-issues-putin-warrant.mdx", (t) =>
      t.replace('kind: "court"', 'kind: "courtroom"'),
    );
    expect(ok).toBe(false);
    expect(output).toContain("2023-03-17-icc-issues-putin-warrant");
    expect(output).toMatch(/kind\**: /);
  });

  it("names the timeline file and the `endDate` field when the date is impossible", () => {
    const { ok, output } = buildWith("timeline/2023-10-12-putin-visits-kyrgyzstan.mdx", (t) =>
      t.replace('endDate: "2023-10-13"', 'endDate: "2023-02-30"'),
    );
    expect(ok).toBe(false);
    expect(output).toContain("2023-10-12-putin-visits-kyrgyzstan");
    expect(output).toMatch(/endDate\**: is not a real calendar date/);
  });

  it("names the timeline file and the `countries` field for an unknown country code", () => {
    const { ok, output } = buildWith("timeline/2023-03-17-icc-issues-putin-warrant.mdx", (t) =>
      t.replace('countries: ["RU", "UA"]', 'countries: ["RU", "XX"]'),
    );
    expect(ok).toBe(false);
    expect(output).toContain("2023-03-17-icc-issues-putin-warrant");
    expect(output).toMatch(/countries\.1\**: "XX" is not an ISO 3166-1 alpha-2 country code/);
  });

  it("names icc-states.json and the action's `date` field for a bad date in the ICC data", () => {
    const { ok, output } = buildWith("data/icc-states.json", (t) =>
      t.replace('"date": "1998-12-08"', '"date": "1998-02-30"'),
    );
    expect(ok).toBe(false);
    expect(output).toContain("icc-states.json");
    expect(output).toMatch(/actions\.0\.date\**: is not a real calendar date/);
  });

  it("names the `inForce` field when a recorded entry into force disagrees with Article 126", () => {
    const { ok, output } = buildWith("data/icc-states.json", (t) =>
      t.replace('"inForce": "2025-01-01"', '"inForce": "2024-12-01"'),
    );
    expect(ok).toBe(false);
    expect(output).toContain("icc-states.json");
    expect(output).toMatch(/inForce\**: is 2024-12-01, but Article 126 gives 2025-01-01/);
  });

  it("names the article file and the missing `standfirst` field", () => {
    const { ok, output } = buildWith("article/explainer.mdx", (t) => t.replace(/^standfirst: .*\n/m, ""));
    expect(ok).toBe(false);
    expect(output).toContain("explainer");
    expect(output).toMatch(/standfirst\**: /);
  });
});

describe("a data file that is not valid JSON fails the build", () => {
  it("names icc-states.json and says where the JSON breaks", () => {
    const { ok, output } = buildWith("data/icc-states.json", (t) =>
      t.replace('"name": "Kyrgyzstan",', '"name": "Kyrgyzstan"'),
    );
    expect(ok).toBe(false);
    expect(output).toContain("icc-states.json is not valid JSON");
  });
});
