/**
 * The lookup's names in Arabic and Chinese script, by alpha-2 code: asked for only when a reader's query has such
 * letters (see LATE_SCRIPTS in lib/lookup-data), so most readers never load them.
 */
import type { APIRoute } from "astro";
import { getStates } from "../../data/content";
import { lookupNames } from "../../lib/names";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(lookupNames(await getStates()).late), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
