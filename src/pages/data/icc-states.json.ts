import type { APIRoute } from "astro";
import { getStates } from "../../data/content";
import { asOf } from "../../lib/as-of";
import { stateRows } from "../../lib/opendata";
import { countrySlug } from "../../lib/country-name";
import { editionNames } from "../../i18n/countries";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(stateRows(await getStates(), asOf(), countrySlug, editionNames), null, 1), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
