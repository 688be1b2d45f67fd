/** The oEmbed answer for the travel map's embed; /map/ links it in its head. */
import type { APIRoute } from "astro";
import { embedFor, oembed } from "../../../../lib/embed";
import { editionPaths } from "../../../../lib/edition-paths";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ site }) => {
  const e = embedFor("map");
  return Response.json(oembed(new URL(e.path, site).href, e));
};
