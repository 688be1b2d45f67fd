/** /data/trips.json: every trip with its status, and how far the record is complete. */
import type { APIRoute } from "astro";
import { getTrips, getTripsReach } from "../../data/content";

export const GET: APIRoute = async () => {
  const reach = await getTripsReach();
  const trips = (await getTrips()).map(
    ({
      id,
      start,
      end,
      datePrecision,
      iso2,
      country,
      cities,
      purpose,
      hostStatusAtTime,
      sinceWarrant,
      status,
      sources,
      url,
      number,
    }) => ({
      id,
      number,
      start,
      end,
      datePrecision,
      iso2,
      country,
      cities,
      purpose,
      hostStatusAtTime,
      sinceWarrant,
      status,
      sources,
      url,
    }),
  );
  const body = { recordCompleteThrough: reach.completeThrough, lastChecked: reach.lastChecked, trips };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
