/** The built site in dist/, as the tests over it read it (unit tests over dist/ and the e2e page list). */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

export const DIST = resolve(import.meta.dirname, "../dist");

/** Every .html file under `dir`, sorted. */
export function htmlFiles(dir: string = DIST): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) files.push(...htmlFiles(file));
    else if (name.endsWith(".html")) files.push(file);
  }
  return files.sort();
}

/** The address a file is served at: dist/a/index.html -> /a/, dist/404.html -> /404.html. */
export const urlPath = (file: string, dist: string = DIST): string =>
  `/${relative(dist, file).split(sep).join("/")}`.replace(/\/index\.html$/, "/");
