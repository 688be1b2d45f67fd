/**
 * The one real build of a malformed content file: `astro build` fails and its message names the file and the
 * field, as an editor sees it. Every other malformed case is parsed with the schemas, without a build, in
 * tests/unit/content-errors.test.ts. The build runs in a scratch copy of the project over the fixtures in
 * tests/fixtures/content, so it never touches this checkout's dist/ or .astro/.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "content-build-"));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("a malformed content file fails `astro build`", () => {
  it("naming the timeline file and the `countries` field of an unknown country code", () => {
    for (const f of ["astro.config.mjs", "tsconfig.json", "src/content.config.ts", "src/schemas", "src/lib"]) {
      cpSync(join(ROOT, f), join(scratch, f), { recursive: true });
    }
    cpSync(join(ROOT, "tests/fixtures/content"), join(scratch, "content"), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(scratch, "node_modules"));
    const target = join(scratch, "content/timeline/2023-03-17-icc-issues-putin-warrant.mdx");
    const before = readFileSync(target, "utf8");
    const after = before.replace('countries: ["RU", "UA"]', 'countries: ["RU", "XX"]');
    expect(after, "the edit must change the fixture").not.toBe(before);
    writeFileSync(target, after);
    const result = spawnSync(join(ROOT, "node_modules/.bin/astro"), ["build"], {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain("2023-03-17-icc-issues-putin-warrant");
    expect(output).toMatch(/countries\.1\**: "XX" is not an ISO 3166-1 alpha-2 country code/);
  }, 120_000);
});
