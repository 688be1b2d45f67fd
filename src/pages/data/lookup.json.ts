/** The data the lookup island loads when it comes into view: names, dates and trips, in the compact form of lib/lookup-data. */
import type { APIRoute } from "astro";
import { getStates, getTrips } from "../../data/content";
import { lookupEntry, toWire } from "../../lib/lookup-data";
import { searchEntry } from "../../lib/names";

export const GET: APIRoute = async () => {
  const countries = (await getStates()).map((s) => lookupEntry(searchEntry(s), s));
  const trips = (await getTrips()).map(({ id, iso2, start, end, cities, status, sinceWarrant }) => ({
    id,
    iso2,
    start,
    end,
    cities,
    status,
    sinceWarrant,
  }));
  return new Response(JSON.stringify(toWire({ countries, trips })), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
