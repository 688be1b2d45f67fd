/** The oEmbed answer for the travel map's embed, in each edition; /map/ links it in its head. */
import type { APIRoute } from "astro";
import { useTranslations } from "../../../../i18n";
import { embedFor, oembed } from "../../../../lib/embed";
import { editionPaths } from "../../../../lib/edition-paths";
import type { Locale } from "../../../../lib/locales";
import * as routes from "../../../../lib/routes";

export const getStaticPaths = editionPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props, site }) => {
  // The edition's embed, titled in its words.
  const t = useTranslations(props.locale);
  const e = { ...embedFor("map"), path: routes.embedMap(props.locale), title: t("map.title") };
  return Response.json(oembed(new URL(e.path, site).href, e, t("site.name")));
};
