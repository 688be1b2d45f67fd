/** The oEmbed answer for one country's embed; the country's page links it in its head. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getStates } from "../../../../../data/content";
import { countrySlug } from "../../../../../lib/country-name";
import { embedFor, oembed } from "../../../../../lib/embed";
import { inEditions } from "../../../../../lib/edition-paths";

export const getStaticPaths = (async () => {
  const states = await getStates();
  return inEditions(() =>
    states.map((state) => ({
      params: { id: countrySlug(state) },
      props: { name: state.name },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params, props }) => {
  const e = embedFor("country", params["id"] ?? "", (props as { name: string }).name);
  return Response.json(oembed(new URL(e.path, site).href, e));
};
