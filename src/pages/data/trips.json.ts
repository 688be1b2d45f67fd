import type { APIRoute } from "astro";
import { getTrips } from "../../data/content";

export const GET: APIRoute = async () => {
  const trips = (await getTrips()).map(
    ({ id, start, end, iso2, country, cities, purpose, hostStatusAtTime, sinceWarrant, skipped, sources, url }) => ({
      id,
      start,
      end,
      iso2,
      country,
      cities,
      purpose,
      hostStatusAtTime,
      sinceWarrant,
      skipped,
      sources,
      url,
    }),
  );
  return new Response(JSON.stringify(trips, null, 1), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
