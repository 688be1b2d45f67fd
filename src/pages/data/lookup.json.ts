/**
 * The data the lookup island loads when it comes into view: names, dates, trips and visits, in the compact form of
 * lib/lookup-data. Names in Arabic and Chinese script are in /data/lookup-names.json, loaded only for a query in them.
 */
import type { APIRoute } from "astro";
import { getLookupWire } from "../../data/lookup";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getLookupWire()), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
