/** Reads the content collections once and hands pages typed, sorted data. */
import { getCollection, getEntry } from "astro:content";
import { withCommonName } from "../lib/country-name";
import { sortDay } from "../lib/dates";
import { occupiedVisits } from "../lib/lookup-data";
import type { StateRecord } from "../lib/records";
import { UN_GROUP_IDS } from "../schemas/un-groups";
import { treatyDates } from "../lib/treaty";
import { tripsFrom } from "../lib/trips";

/** The explainer entry (there is one). */
export async function getArticle() {
  const entry = await getEntry("article", "explainer");
  if (!entry) throw new Error("content/article/explainer.mdx is missing");
  return entry;
}

/** Every timeline event, oldest first; ties keep file order. */
export async function getEvents() {
  const events = await getCollection("timeline");
  const key = (e: (typeof events)[number]) => sortDay(e.data.date, e.data.datePrecision);
  return events.sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
}

/**
 * Every ICC record, by common name, with the dates that decide its status computed from its actions (the one model).
 * `name` is the common name readers expect ("Bolivia"), `unName` the UN's ("Bolivia (Plurinational State of)").
 */
export async function getStates(): Promise<StateRecord[]> {
  const states = await getCollection("icc");
  return states
    .map((s) => ({ ...withCommonName(s.data), ...treatyDates(s.data.actions) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** An ICC record as pages get it (see lib/records). */
export type { StateRecord };

/** Putin's trips (made and skipped), from the timeline's travel events. */
export async function getTrips() {
  const [events, states] = await Promise.all([getEvents(), getStates()]);
  const travel = events.flatMap((e) => (e.data.kind === "travel" ? [{ id: e.id, data: e.data }] : []));
  return tripsFrom(travel, states);
}

/** Putin's visits to occupied territory (not foreign trips), from the timeline's `war` events: see lib/lookup-data. */
export async function getOccupiedVisits() {
  return occupiedVisits(await getEvents());
}

/** How far the record of trips is complete, and when it was last checked. */
export async function getTripsReach() {
  const entry = await getEntry("record", "trips");
  if (!entry) throw new Error('content/data/record.json needs a "trips" entry');
  return entry.data;
}

/** The UN regional groups of Member States, in the UN's order (African States first). */
export async function getUnGroups() {
  const groups = await getCollection("unGroups");
  return groups.map((g) => g.data).sort((a, b) => UN_GROUP_IDS.indexOf(a.id) - UN_GROUP_IDS.indexOf(b.id));
}
