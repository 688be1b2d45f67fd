/**
 * The lookup's data in its compact wire form (lib/lookup-data), built once: /data/lookup.json serves it, and the
 * lookup embeds carry it inline, so that they answer in a sandboxed iframe, where a fetch has no origin to send.
 */
import { lookupEntry, lookupTrips, occupiedVisits, toWire, type WireData } from "../lib/lookup-data";
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
