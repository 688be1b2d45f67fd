/** Putin's foreign trips, derived from timeline events of kind `travel`. */
import { statusOn, type MembershipRecord, type Status } from "./membership";

/** The fields of a travel event that a trip needs. */
export interface TravelEvent {
  id: string;
  data: {
    title: string;
    date: string;
    endDate?: string | undefined;
    summary: string;
    sources: { url: string; title: string; publisher: string }[];
    trip: {
      host: string;
      cities: string[];
      purpose: "summit" | "bilateral";
      summitName?: string | undefined;
      skipped: boolean;
      sinceWarrant: boolean;
    };
  };
}

/** One trip, as the map, the table and `/data/trips.json` show it. */
export interface Trip {
  id: string;
  start: string;
  end: string;
  iso2: string;
  country: string;
  cities: string[];
  purpose: "summit" | "bilateral";
  summitName: string | null;
  title: string;
  summary: string;
  hostStatusAtTime: Status;
  sinceWarrant: boolean;
  skipped: boolean;
  sources: { url: string; title: string; publisher: string }[];
  url: string;
}

/** Trips in date order, each with its host's ICC status on the day it began. */
export function tripsFrom(events: readonly TravelEvent[], states: readonly MembershipRecord[]): Trip[] {
  const byCode = new Map(states.map((s) => [s.iso2, s]));
  return events
    .map((e) => {
      const host = byCode.get(e.data.trip.host);
      if (!host) throw new Error(`timeline/${e.id}: trip.host ${e.data.trip.host} is not in the ICC data`);
      return {
        id: e.id,
        start: e.data.date,
        end: e.data.endDate ?? e.data.date,
        iso2: host.iso2,
        country: host.name,
        cities: e.data.trip.cities,
        purpose: e.data.trip.purpose,
        summitName: e.data.trip.summitName ?? null,
        title: e.data.title,
        summary: e.data.summary,
        hostStatusAtTime: statusOn(host, e.data.date),
        sinceWarrant: e.data.trip.sinceWarrant,
        skipped: e.data.trip.skipped,
        sources: e.data.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
        url: `/timeline/#${e.id}`,
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
