/**
 * The data the lookup island loads when it comes into view: names, dates, trips and visits, in the compact form of
 * lib/lookup-data. Names in Arabic and Chinese script are in /data/lookup-names.json, loaded only for a query in them.
 */
import type { APIRoute } from "astro";
import { getEvents, getStates, getTrips } from "../../data/content";
import { lookupEntry, lookupTrips, occupiedVisits, toWire } from "../../lib/lookup-data";
import { lookupNames } from "../../lib/names";

export const GET: APIRoute = async () => {
  const [states, trips, events] = await Promise.all([getStates(), getTrips(), getEvents()]);
  const { entries } = lookupNames(states);
  const data = {
    countries: entries.map((entry, i) => {
      const state = states[i];
      if (!state) throw new Error(`lookup: no record for ${entry.iso2}`);
      return lookupEntry(entry, state);
    }),
    trips: lookupTrips(trips, events),
    occupied: occupiedVisits(events),
  };
  return new Response(JSON.stringify(toWire(data)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
