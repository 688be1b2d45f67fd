/** The oEmbed answer for the lookup's embed; /countries/ links it in its head. */
import type { APIRoute } from "astro";
import { embedFor, oembed } from "../../../../lib/embed";
import { editionPaths } from "../../../../lib/edition-paths";
import { useTranslations } from "../../../../i18n";
import type { Locale } from "../../../../lib/locales";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const e = embedFor("lookup", { t: useTranslations(locale), locale });
  return Response.json(oembed(new URL(e.path, site).href, e));
};
