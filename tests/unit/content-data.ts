/** Reads the editor's content files directly, for tests that check the data against itself. */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

export const CONTENT = resolve(import.meta.dirname, "../../content");

/** The raw ICC records. */
export function readStates(): unknown[] {
  return JSON.parse(readFileSync(join(CONTENT, "data/icc-states.json"), "utf8")) as unknown[];
}

/** Every timeline file: its id (file name) and parsed frontmatter. */
export function readEvents(): { id: string; data: unknown }[] {
  const dir = join(CONTENT, "timeline");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---/.exec(text);
      return { id: file.replace(/\.mdx$/, ""), data: match ? (parse(match[1] ?? "") as unknown) : null };
    });
}
