import { readFile } from "node:fs/promises";
import { defineCollection } from "astro:content";
import { file, glob, type Loader } from "astro/loaders";
import { parseJsonRecords } from "./lib/json-records";
import { article } from "./schemas/article";
import { iccState } from "./schemas/icc";
import { recordReach } from "./schemas/record";
import { timelineEvent } from "./schemas/timeline";
import { translatedArticle, translatedEvent } from "./schemas/translation";
import { unRegionalGroup } from "./schemas/un-groups";

/** Where the editor's files live; tests point it at fixtures. */
const CONTENT = process.env.CONTENT_DIR ?? "./content";

/** The explainer (MDX), rendered at `/`. */
const articleCollection = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${CONTENT}/article` }),
  schema: article,
});

/** One MDX file per event; the file name is the id, `YYYY-MM-DD-short-slug`. */
const timeline = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${CONTENT}/timeline` }),
  schema: timelineEvent,
});

/**
 * Astro's file() loader, but a file that is not valid JSON (or not an array) fails the build
 * with the file's name and the parser's message, where file() alone would log it and go on empty.
 */
function strictJsonRecords(path: string, idOf: (row: Record<string, unknown>, i: number) => string): Loader {
  const base = file(path, {
    parser: (text) => (JSON.parse(text) as Record<string, unknown>[]).map((row, i) => ({ id: idOf(row, i), ...row })),
  });
  return {
    ...base,
    load: async (context) => {
      parseJsonRecords(path, await readFile(new URL(path, context.config.root), "utf8"));
      await base.load(context);
    },
  };
}

/** Rome Statute actions of every UN member state and every other state that took any. */
const icc = defineCollection({
  loader: strictJsonRecords(`${CONTENT}/data/icc-states.json`, (row, i) =>
    typeof row["iso2"] === "string" ? row["iso2"].toLowerCase() : `record-${String(i)}`,
  ),
  schema: iccState,
});

/** How far each part of the record is complete (`trips`), and when it was last checked. */
const record = defineCollection({
  loader: file(`${CONTENT}/data/record.json`),
  schema: recordReach,
});

/** The UN regional groups of Member States (reference data, for the membership map's counts by group). */
const unGroups = defineCollection({
  loader: strictJsonRecords(`${CONTENT}/data/un-regional-groups.json`, (row, i) =>
    typeof row["id"] === "string" ? row["id"] : `group-${String(i)}`,
  ),
  schema: unRegionalGroup,
});

/** The editions' translations of the explainer and the events: content/editions/<code>/article|timeline/*.mdx. */
const editionArticle = defineCollection({
  loader: glob({ pattern: "*/article/*.mdx", base: `${CONTENT}/editions` }),
  schema: translatedArticle,
});
const editionTimeline = defineCollection({
  loader: glob({ pattern: "*/timeline/*.mdx", base: `${CONTENT}/editions` }),
  schema: translatedEvent,
});

export const collections = {
  article: articleCollection,
  timeline,
  icc,
  record,
  unGroups,
  editionArticle,
  editionTimeline,
};
