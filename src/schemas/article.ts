import { z } from "astro/zod";
import { isoDate, source } from "./common";

/** A source of the article, cited inline as `<Cite id="..." />`. */
const articleSource = source.extend({
  /** Short unique id in lowercase kebab case, e.g. `"icc-warrants-2023"`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase-kebab-case" }),
  /** The source's own publication date, if known, e.g. `"2023-03-17"`. */
  published: isoDate.optional(),
});

/** The explainer's frontmatter. */
export const article = z
  .object({
    /** The headline. */
    title: z.string().min(10),
    /** One sentence under the headline. */
    standfirst: z.string().min(20),
    /** At most 160 characters, for search results and share cards. */
    description: z.string().min(20).max(160),
    /** Day of first publication, e.g. `"2026-11-27"`. */
    published: isoDate,
    /** Day of the latest update. */
    updated: isoDate,
    /** 4 to 6 key facts, each with the ids of its sources. */
    atAGlance: z
      .array(z.object({ text: z.string().min(10), sources: z.array(z.string()).min(1) }))
      .min(4)
      .max(6),
    /** Updates and corrections, newest first. */
    updates: z
      .array(z.object({ date: isoDate, kind: z.enum(["update", "correction"]), text: z.string().min(3) }))
      .min(1),
    /** Every source cited in the text. */
    sources: z.array(articleSource).min(1),
  })
  .superRefine((a, ctx) => {
    const ids = new Set<string>();
    a.sources.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({ code: "custom", path: ["sources", i, "id"], message: `"${s.id}" is used twice` });
      ids.add(s.id);
    });
    a.atAGlance.forEach((fact, i) => {
      for (const id of fact.sources) {
        if (!ids.has(id)) {
          ctx.addIssue({ code: "custom", path: ["atAGlance", i, "sources"], message: `"${id}" is not in sources` });
        }
      }
    });
    if (a.updated < a.published) ctx.addIssue({ code: "custom", path: ["updated"], message: "is before published" });
  });
export type Article = z.infer<typeof article>;
