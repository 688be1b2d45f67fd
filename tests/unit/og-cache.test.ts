/** The share-card cache keeps only what the last build used. */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { markUsed, pruneCache } from "../../src/lib/build/og-cache";

describe("the share-card cache", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "og-cache-"));
    dirs.push(dir);
    return dir;
  };
  const LONG_AGO = new Date("2026-01-01T00:00:00Z");
  const BUILD_START = new Date("2026-06-01T00:00:00Z");

  it("deletes the cards a build did not use and keeps those it drew or read back", async () => {
    const dir = folder();
    for (const name of ["old.png", "read.png", "drawn.png", "notes.txt"]) {
      writeFileSync(join(dir, name), "x");
      utimesSync(join(dir, name), LONG_AGO, LONG_AGO);
    }
    await markUsed(join(dir, "read.png"), new Date("2026-06-01T00:00:05Z"));
    utimesSync(join(dir, "drawn.png"), new Date("2026-06-01T00:00:09Z"), new Date("2026-06-01T00:00:09Z"));
    expect(await pruneCache(dir, BUILD_START)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["drawn.png", "notes.txt", "read.png"]);
  });

  it("treats a missing folder or a vanished card as nothing to do", async () => {
    expect(await pruneCache(join(folder(), "no-such-folder"), BUILD_START)).toBe(0);
    await expect(markUsed(join(folder(), "gone.png"))).resolves.toBeUndefined();
  });
});
