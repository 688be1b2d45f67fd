/** The oEmbed answer for the lookup's embed; /countries/ links it in its head. */
import type { APIRoute } from "astro";
import { embedFor, oembed } from "../../../../lib/embed";
import { editionPaths } from "../../../../lib/edition-paths";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ site }) => {
  const e = embedFor("lookup");
  return Response.json(oembed(new URL(e.path, site).href, e));
};
