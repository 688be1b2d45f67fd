/** The oEmbed answer for the travel map's embed, in each edition; /map/ links it in its head. */
import type { APIRoute } from "astro";
import { localeOf, useTranslations } from "../../../../i18n";
import { embedFor, oembed } from "../../../../lib/embed";
import { editionPaths } from "../../../../lib/edition-paths";
import * as routes from "../../../../lib/routes";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ site, url }) => {
  const locale = localeOf({ url });
  const e = { ...embedFor("map"), path: routes.embedMap(locale), title: useTranslations(locale)("map.title") };
  return Response.json(oembed(new URL(e.path, site).href, e));
};
