/** The oEmbed answer for one country's embed; the country's page links it in its head. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getStates } from "../../../../../data/content";
import { countrySlug } from "../../../../../lib/country-name";
import { embedFor, oembed } from "../../../../../lib/embed";
import { inEditions } from "../../../../../lib/edition-paths";
import { useTranslations } from "../../../../../i18n";
import type { Locale } from "../../../../../lib/locales";

export const getStaticPaths = (() =>
  inEditions(async (locale) =>
    (await getStates(locale)).map((state) => ({
      params: { id: countrySlug(state) },
      props: { name: state.name },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params, props }) => {
  const { name, locale } = props as { name: string; locale: Locale };
  const e = embedFor("country", params["id"] ?? "", name, { t: useTranslations(locale), locale });
  return Response.json(oembed(new URL(e.path, site).href, e));
};
