import { z } from "astro/zod";
import { iso2, isoDate, sources } from "./common";

/** The kinds of timeline event. `travel` events also carry a `trip`. */
export const EVENT_KINDS = ["court", "travel", "membership", "diplomacy", "war"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Event ids are file names of the form `YYYY-MM-DD-short-slug`. */
const EVENT_ID_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fields every event has, whatever its kind. */
const eventBase = z.object({
  /** Headline of the event, e.g. `"ICC issues arrest warrants for Putin and Lvova-Belova"`. */
  title: z.string().min(5),
  /** The day it happened (or began), e.g. `"2023-03-17"`. */
  date: isoDate,
  /** Last day of a span, e.g. `"2023-10-13"`; omit for one-day events. */
  endDate: isoDate.optional(),
  /**
   * How much of `date` is known: omit for a day; `"month"` or `"year"` when sources give only that (an
   * announced summit "in November 2026"): the day is then the first of the month or year, and pages show
   * only the month or the year.
   */
  datePrecision: z.enum(["month", "year"]).optional(),
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
  /**
   * Ids this event was published under before its date was corrected, e.g. `["2024-06-18-putin-visits-north-korea"]`:
   * their addresses keep working (a redirect page, an anchor on the timeline).
   */
  formerIds: z
    .array(z.string().regex(EVENT_ID_PATTERN, { error: "must be an event id, YYYY-MM-DD-short-slug" }))
    .optional(),
});

/** What became of a trip: made, skipped, or only announced so far. */
export const TRIP_STATUSES = ["made", "skipped", "announced"] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** A foreign trip Putin made, one he skipped, or one announced and not yet confirmed. */
export const trip = z.object({
  /** ISO alpha-2 code of the host country, e.g. `"KG"`. */
  host: iso2,
  /** Cities visited, in English; the first one carries the map marker, e.g. `["Bishkek"]`. */
  cities: z.array(z.string().min(2)).min(1, { error: "needs at least one city" }),
  /** Why he went: a multilateral `summit` or a `bilateral` visit. */
  purpose: z.enum(["summit", "bilateral"]),
  /** Name of the summit when `purpose` is `summit`, e.g. `"CIS Heads of State Council"`. */
  summitName: z.string().min(3).optional(),
  /**
   * `made` (sources confirm he went), `skipped` (he stayed away from a summit he was expected at, e.g. BRICS
   * in Johannesburg, August 2023) or `announced` (planned or announced, no confirmation either way yet;
   * the announcement is the source). Counts of trips made never include `announced` ones.
   */
  status: z.enum(TRIP_STATUSES, { error: `must be one of ${TRIP_STATUSES.join(", ")}` }),
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
    if (event.datePrecision === "month" && !event.date.endsWith("-01")) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: 'must be the first of the month when datePrecision is "month"',
      });
    }
    if (event.datePrecision === "year" && !event.date.endsWith("-01-01")) {
      ctx.addIssue({ code: "custom", path: ["date"], message: 'must be 1 January when datePrecision is "year"' });
    }
    if (event.datePrecision !== undefined && event.endDate !== undefined) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "cannot go with datePrecision" });
    }
    if (event.datePrecision !== undefined && !(event.kind === "travel" && event.trip.status === "announced")) {
      ctx.addIssue({
        code: "custom",
        path: ["datePrecision"],
        message: "is only for a trip whose status is announced",
      });
    }
  });
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const EVENT_ID = EVENT_ID_PATTERN;
