/**
 * The lookup's data in its compact wire form (lib/lookup-data), built once: /data/lookup.json serves it, and the
 * lookup embeds carry it inline, so that they answer in a sandboxed iframe, where a fetch has no origin to send.
 */
import { placeName } from "../i18n/places";
import type { Locale } from "../lib/locales";
import {
  fromWire,
  lookupEntry,
  lookupTrips,
  occupiedVisits,
  toWire,
  type EditionNames,
  type WireData,
} from "../lib/lookup-data";
import { lookupNames } from "../lib/names";
import { getEvents, getStates, getTrips } from "./content";

let wire: Promise<WireData> | undefined;

/** The data the lookup island reads: names, dates, trips and visits. */
export function getLookupWire(): Promise<WireData> {
  wire ??= (async () => {
    const [states, trips, events] = await Promise.all([getStates(), getTrips(), getEvents()]);
    const { entries } = lookupNames(states);
    return toWire({
      countries: entries.map((entry, i) => {
        const state = states[i];
        if (!state) throw new Error(`lookup: no record for ${entry.iso2}`);
        return lookupEntry(entry, state);
      }),
      trips: lookupTrips(trips, events),
      occupied: occupiedVisits(events),
    });
  })();
  return wire;
}

/**
 * The names an edition's page hands the lookup (see `inEdition`): its countries, the trips' cities and the titles of
 * the events the card links, in the edition; none for the English, which the data is in.
 */
export async function lookupEditionNames(locale: Locale): Promise<EditionNames | undefined> {
  if (locale === "en") return undefined;
  const data = fromWire(await getLookupWire());
  const [states, events] = await Promise.all([getStates(locale), getEvents(locale)]);
  const titles = new Map(events.map((e) => [e.id, e.data.title]));
  const linked = [...data.trips.flatMap((t) => t.later ?? []), ...data.occupied];
  return {
    c: Object.fromEntries(states.map((s) => [s.iso2, s.name])),
    p: Object.fromEntries(data.trips.flatMap((t) => t.cities).map((p) => [p, placeName(p, locale)])),
    e: Object.fromEntries(linked.map((e) => [e.id, titles.get(e.id) ?? e.title])),
  };
}
