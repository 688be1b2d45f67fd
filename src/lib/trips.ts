/**
 * Putin's foreign trips, derived from timeline events of kind `travel`, and the site's one numbering of them.
 *
 * The numbering rule: trips **made since the warrant** (17 March 2023) are numbered 1..N in date order, and N is
 * the count of trips the site states. Everything else carries no number: the trips before the warrant (December
 * 2022, shown as context), the trips he skipped, and the trips only announced. The map, the table, the detail
 * cards and `/data/trips.json` all read `Trip.number`, so Bishkek (October 2023) is trip 1 everywhere.
 */
import { sortDay, type DatePrecision } from "./dates";
import { statusOn, type MembershipRecord, type Status } from "./membership";
import type { Source } from "../schemas/common";
import type { TimelineEvent, Trip as TripData, TripStatus } from "../schemas/timeline";
import * as routes from "./routes";

export type { TripStatus };

/** A travel event of the timeline, as its schema gives it (a collection entry's `id` and `data`). */
export interface TravelEvent {
  id: string;
  data: Extract<TimelineEvent, { kind: "travel" }>;
}

/** A source as the trips publish it: without the day it was accessed. */
type TripSource = Pick<Source, "url" | "title" | "publisher">;

/** One trip, as the map, the table and `/data/trips.json` show it. */
export interface Trip {
  id: string;
  start: string;
  end: string;
  /** How much of `start` is known (an announced summit may have only a month or a year). */
  datePrecision: DatePrecision;
  iso2: string;
  country: string;
  cities: string[];
  purpose: TripData["purpose"];
  summitName: string | null;
  title: string;
  summary: string;
  hostStatusAtTime: Status;
  sinceWarrant: boolean;
  /** `made`, `skipped`, or `announced` (no confirmation yet either way). */
  status: TripStatus;
  sources: TripSource[];
  url: string;
  /** 1..N in date order for a trip made since the warrant; null for every other trip (see the rule above). */
  number: number | null;
}

/** True for the trips that carry a number: made, and since the warrant. */
export const isNumbered = (t: Pick<Trip, "status" | "sinceWarrant">): boolean => t.status === "made" && t.sinceWarrant;

/** Gives each trip its number under the site's rule; `trips` must be in date order. */
export function numberTrips<T extends Omit<Trip, "number">>(trips: readonly T[]): (T & { number: number | null })[] {
  let n = 0;
  return trips.map((t) => ({ ...t, number: isNumbered(t) ? ++n : null }));
}

/** Trips in date order, each with its host's ICC status on the day it began. */
export function tripsFrom(
  events: readonly TravelEvent[],
  states: readonly MembershipRecord[],
  locale?: routes.Locale,
): Trip[] {
  const byCode = new Map(states.map((s) => [s.iso2, s]));
  const sorted = events
    .map((e) => {
      const host = byCode.get(e.data.trip.host);
      if (!host) throw new Error(`timeline/${e.id}: trip.host ${e.data.trip.host} is not in the ICC data`);
      return {
        id: e.id,
        start: e.data.date,
        end: e.data.endDate ?? e.data.date,
        datePrecision: e.data.datePrecision ?? ("day" as const),
        iso2: host.iso2,
        country: host.name,
        cities: e.data.trip.cities,
        purpose: e.data.trip.purpose,
        summitName: e.data.trip.summitName ?? null,
        title: e.data.title,
        summary: e.data.summary,
        hostStatusAtTime: statusOn(host, e.data.date),
        sinceWarrant: e.data.trip.sinceWarrant,
        status: e.data.trip.status,
        sources: e.data.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
        url: routes.timeline(e.id, locale),
      };
    })
    .sort(
      (a, b) =>
        sortDay(a.start, a.datePrecision).localeCompare(sortDay(b.start, b.datePrecision)) || a.id.localeCompare(b.id),
    );
  return numberTrips(sorted);
}
