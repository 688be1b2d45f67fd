import { z } from "astro/zod";
import { isoDate } from "./common";

/**
 * What every translated file says of itself: the English file it translates, the English commit it was last
 * brought up to date with, the day, and the hash of the English words it translated then (`npm run editions:stamp`),
 * which the build compares with the English of today to show a translation the English has moved on from.
 */
export const translationMeta = z.object({
  /** The English file, from the project's root: `"content/timeline/2023-10-12-putin-visits-kyrgyzstan.mdx"`. */
  translationOf: z.string().regex(/^content\/[\w./-]+$/, { error: "must be the path of the English file" }),
  /** The English commit the translation follows, e.g. `"c3894e1"`. */
  translatedFrom: z.string().regex(/^[0-9a-f]{7,40}$/, { error: "must be a commit id" }),
  /** The day it was last brought up to date. */
  translated: isoDate,
  /** The hash of the English words as translated (`sourceHash` of lib/build/edition-source.ts). */
  sourceHash: z.string().regex(/^[0-9a-f]{12}$/, { error: "must be 12 hex digits (npm run editions:stamp)" }),
});

/** A translated timeline event: its words; every other field (dates, sources, countries) is the English file's. */
export const translatedEvent = translationMeta
  .extend({
    title: z.string().min(5),
    summary: z.string().min(20).max(500),
    trip: z.looseObject({ summitName: z.string().min(3).optional() }).optional(),
  })
  .loose();

/** The translated explainer: its words; sources, dates and the order of facts and updates are the English file's. */
export const translatedArticle = translationMeta
  .extend({
    title: z.string().min(10),
    standfirst: z.string().min(20),
    description: z.string().min(20).max(200),
    atAGlance: z.array(z.looseObject({ text: z.string().min(10) })).min(1),
    updates: z.array(z.looseObject({ date: isoDate, text: z.string().min(3) })).min(1),
  })
  .loose();
