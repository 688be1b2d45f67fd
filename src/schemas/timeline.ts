import { z } from "astro/zod";
import { iso2, isoDate, sources } from "./common";

/** The kinds of timeline event. `travel` events also carry a `trip`. */
export const EVENT_KINDS = ["court", "travel", "membership", "diplomacy", "war"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Fields every event has, whatever its kind. */
const eventBase = z.object({
  /** Headline of the event, e.g. `"ICC issues arrest warrants for Putin and Lvova-Belova"`. */
  title: z.string().min(5),
  /** The day it happened (or began), e.g. `"2023-03-17"`. */
  date: isoDate,
  /** Last day of a span, e.g. `"2023-10-13"`; omit for one-day events. */
  endDate: isoDate.optional(),
  /** ISO 3166-1 alpha-2 codes of the countries concerned, e.g. `["RU", "UA"]`. */
  countries: z.array(iso2).min(1, { error: "needs at least one country code" }),
  /** Where it happened, when that matters, e.g. `"Bishkek"`. */
  place: z.string().min(2).optional(),
  /** One or two plain sentences, shown in lists and share cards. */
  summary: z.string().min(20).max(400),
  /** 1 = background, 2 = notable, 3 = key to the story. */
  importance: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: "must be 1 (background), 2 (notable) or 3 (key)",
  }),
  /** Where each fact in the entry comes from (at least one). */
  sources,
});

/** A foreign trip Putin made, or one he skipped. */
export const trip = z.object({
  /** ISO alpha-2 code of the host country, e.g. `"KG"`. */
  host: iso2,
  /** Cities visited, in English; the first one carries the map marker, e.g. `["Bishkek"]`. */
  cities: z.array(z.string().min(2)).min(1, { error: "needs at least one city" }),
  /** Why he went: a multilateral `summit` or a `bilateral` visit. */
  purpose: z.enum(["summit", "bilateral"]),
  /** Name of the summit when `purpose` is `summit`, e.g. `"CIS Heads of State Council"`. */
  summitName: z.string().min(3).optional(),
  /** True for a trip he did not make (e.g. BRICS in Johannesburg, August 2023). */
  skipped: z.boolean(),
  /** False only for trips before the warrant of 17 March 2023, shown as context. */
  sinceWarrant: z.boolean(),
});
export type Trip = z.infer<typeof trip>;

/** A timeline event. `kind` decides which extra fields it must have. */
export const timelineEvent = z
  .discriminatedUnion("kind", [
    eventBase.extend({ kind: z.literal("travel"), trip }),
    eventBase.extend({ kind: z.enum(["court", "membership", "diplomacy", "war"]) }),
  ])
  .superRefine((event, ctx) => {
    if (event.endDate !== undefined && event.endDate < event.date) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "is before date" });
    }
  });
export type TimelineEvent = z.infer<typeof timelineEvent>;

/** Event ids are file names of the form `YYYY-MM-DD-short-slug`. */
export const EVENT_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
