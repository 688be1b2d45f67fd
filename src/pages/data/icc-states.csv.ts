import type { APIRoute } from "astro";
import { getStates } from "../../data/content";
import { today } from "../../lib/dates";
import { stateRows, toCsv } from "../../lib/opendata";
import { slugify } from "../../lib/slug";

export const GET: APIRoute = async () =>
  new Response(toCsv(stateRows(await getStates(), today(), (s) => slugify(s.name))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
