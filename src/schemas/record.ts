import { z } from "astro/zod";
import { isoDate } from "./common";

/** How far a part of the record has been checked (content/data/record.json, one entry per part). */
export const recordReach = z
  .object({
    /** The last day up to which the record is complete: every trip to that day is in it, e.g. `"2026-05-31"`. */
    completeThrough: isoDate,
    /** The day an editor last searched for later events, e.g. `"2026-12-01"`. */
    lastChecked: isoDate,
  })
  .refine((r) => r.completeThrough <= r.lastChecked, { path: ["completeThrough"], error: "is after lastChecked" });
export type RecordReach = z.infer<typeof recordReach>;
