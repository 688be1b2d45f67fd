/**
 * Stamps translated files with the hash of the English words they translate (`sourceHash`), so the build can tell a
 * translation the English has moved on from (src/lib/build/edition-source.ts).
 *
 *   npm run editions:stamp                 every file still unstamped, from the English at its `translatedFrom`
 *   npm run editions:stamp -- FILE…        these files, brought up to date now: the English of today, this commit
 *
 * A translator runs the second form after bringing a file up to date with the English.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { noteHash, scopesOf, sourceHash } from "../src/lib/edition-words.ts";

const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const field = (text, name) => new RegExp(`^${name}:\\s*"?([^"\\n]*)"?\\s*$`, "m").exec(text)?.[1];

function setField(text, name, value, after) {
  const line = `${name}: "${value}"`;
  if (new RegExp(`^${name}:`, "m").test(text)) return text.replace(new RegExp(`^${name}:.*$`, "m"), line);
  return text.replace(new RegExp(`^(${after}:.*)$`, "m"), `$1\n${line}`);
}

const named = process.argv.slice(2);
const files = named.length > 0 ? named : translatedFiles("content/editions");
let stamped = 0;
for (const file of files) {
  if (file.endsWith(".json")) {
    stamped += stampNotes(file, named.length > 0);
    continue;
  }
  let text = readFileSync(file, "utf8");
  const of = field(text, "translationOf");
  const from = field(text, "translatedFrom");
  if (of === undefined || from === undefined) throw new Error(`${file}: needs translationOf and translatedFrom`);
  if (named.length === 0 && field(text, "sourceHash") !== undefined && !process.env.RESTAMP) continue;
  if (named.length > 0) {
    const head = git("rev-parse", "--short=7", "HEAD");
    text = setField(text, "translatedFrom", head, "translationOf");
    text = setField(text, "translated", new Date().toISOString().slice(0, 10), "translatedFrom");
    text = setField(text, "sourceHash", hashOf(readFileSync(of, "utf8"), of), "translated");
  } else {
    text = setField(text, "sourceHash", hashOf(git("show", `${from}:${of}`), of), "translated");
  }
  writeFileSync(file, text);
  stamped += 1;
}
console.log(`stamped ${String(stamped)} file(s)`);

/** The stamp of an English MDX file's words (its front matter parsed as the content loader parses YAML). */
function hashOf(raw, file) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${file}: no front matter`);
  return sourceHash(parse(m[1]) ?? {}, m[2]);
}

/** Every translated MDX file under `dir`. */
function translatedFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".mdx") || f.endsWith("icc-notes.json"))
    .map((f) => join(dir, f));
}

/**
 * A notes file (icc-notes.json): each country's `sourceHash`, of the English note, caveat and declarations' scopes
 * at `_meta.translatedFrom` (or, brought up to date now, of today's). Returns 1 when it wrote the file.
 */
function stampNotes(file, now) {
  const notes = JSON.parse(readFileSync(file, "utf8"));
  const meta = notes._meta;
  const english = now
    ? readFileSync(meta.translationOf, "utf8")
    : git("show", `${meta.translatedFrom}:${meta.translationOf}`);
  const byCode = new Map(JSON.parse(english).map((r) => [r.iso2, r]));
  let changed = false;
  for (const [code, entry] of Object.entries(notes)) {
    if (code === "_meta" || (!now && entry.sourceHash !== undefined && !process.env.RESTAMP)) continue;
    const record = byCode.get(code);
    if (record === undefined) throw new Error(`${file}: ${code} is not in ${meta.translationOf}`);
    entry.sourceHash = noteHash(record.note, record.caveat, scopesOf(record.actions));
    changed = true;
  }
  if (now) {
    meta.translatedFrom = git("rev-parse", "--short=7", "HEAD");
    meta.translated = new Date().toISOString().slice(0, 10);
  }
  if (changed || now) writeFileSync(file, `${JSON.stringify(notes, null, 2)}\n`);
  return changed || now ? 1 : 0;
}
