import type { APIRoute } from "astro";
import { getStates } from "../../data/content";
import { asOf } from "../../lib/as-of";
import { stateRows, toCsv } from "../../lib/opendata";
import { countrySlug } from "../../lib/country-name";
import { editionNames } from "../../i18n/countries";

export const GET: APIRoute = async () =>
  new Response(toCsv(stateRows(await getStates(), asOf(), countrySlug, editionNames)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
