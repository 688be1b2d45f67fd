import { z } from "astro/zod";
import { iso2, sources } from "./common";

/** The five UN regional groups, by id. */
export const UN_GROUP_IDS = [
  "african",
  "asia-pacific",
  "eastern-european",
  "latin-american-caribbean",
  "western-european-other",
] as const;
export type UnGroupId = (typeof UN_GROUP_IDS)[number];

/**
 * One UN regional group of Member States, as the UN Department for General Assembly and Conference Management
 * lists it (content/data/un-regional-groups.json, one entry per group). Reference data: it changes only when the
 * UN's list does. Each UN member is in exactly one group here; states that are not UN members are in none.
 */
export const unRegionalGroup = z
  .object({
    /** Short id, e.g. `"african"`. */
    id: z.enum(UN_GROUP_IDS, { error: `must be one of ${UN_GROUP_IDS.join(", ")}` }),
    /** The group's name as the UN writes it, e.g. `"African States"`. */
    name: z.string().min(5),
    /** ISO 3166-1 alpha-2 codes of its members, e.g. `["DZ", "AO"]`. */
    members: z.array(iso2).min(1, { error: "needs at least one member" }),
    /**
     * Members whose place needs a word, e.g. `{ "iso2": "TR", "text": "Türkiye takes part in two groups…" }`: shown
     * under the counts.
     */
    notes: z.array(z.object({ iso2, text: z.string().min(10) })).optional(),
    /** Where the list comes from (at least one). */
    sources,
  })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.members.forEach((code, i) => {
      if (seen.has(code)) ctx.addIssue({ code: "custom", path: ["members", i], message: `lists ${code} twice` });
      seen.add(code);
    });
    g.notes?.forEach((n, i) => {
      if (!seen.has(n.iso2)) {
        ctx.addIssue({ code: "custom", path: ["notes", i, "iso2"], message: `${n.iso2} is not a member of the group` });
      }
    });
  });
export type UnRegionalGroup = z.infer<typeof unRegionalGroup>;
