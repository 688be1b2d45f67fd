/** The data the lookup island loads when it comes into view: names, dates and trips, in the compact form of lib/lookup-data. */
import type { APIRoute } from "astro";
import { getStates, getTrips } from "../../data/content";
import { toWire } from "../../lib/lookup-data";
import { searchEntry } from "../../lib/names";
import { slugify } from "../../lib/slug";

export const GET: APIRoute = async () => {
  const countries = (await getStates()).map((s) => ({
    ...searchEntry(s),
    slug: slugify(s.name),
    signed: s.signed,
    signatureWithdrawn: s.signatureWithdrawn,
    deposited: s.deposited,
    depositWithdrawn: s.depositWithdrawn,
    entryIntoForce: s.entryIntoForce,
    withdrawalNotified: s.withdrawalNotified,
    withdrawalEffective: s.withdrawalEffective,
    withdrawalRevoked: s.withdrawalRevoked,
    partyBy: s.partyBy,
    ...(s.caveat === undefined ? {} : { caveat: s.caveat }),
  }));
  const trips = (await getTrips()).map(({ id, iso2, start, end, cities, skipped, sinceWarrant }) => ({
    id,
    iso2,
    start,
    end,
    cities,
    skipped,
    sinceWarrant,
  }));
  return new Response(JSON.stringify(toWire({ countries, trips })), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
