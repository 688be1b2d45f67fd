/** The oEmbed answer for one country's embed; the country's page links it in its head. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getStates } from "../../../../../data/content";
import { useTranslations } from "../../../../../i18n";
import { countrySlug } from "../../../../../lib/country-name";
import { embedFor, oembed } from "../../../../../lib/embed";
import { inEditions } from "../../../../../lib/edition-paths";
import type { Locale } from "../../../../../lib/locales";
import * as routes from "../../../../../lib/routes";

export const getStaticPaths = (async () =>
  inEditions(async (locale) =>
    (await getStates(locale)).map((state) => ({
      params: { id: countrySlug(state) },
      props: { name: state.name },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; locale: Locale }> = ({ site, params, props }) => {
  // The edition's embed of the country, titled in its words with its name there ("Кыргызстан и МУС").
  const t = useTranslations(props.locale);
  const slug = params["id"] ?? "";
  const e = {
    ...embedFor("country", slug, props.name),
    path: routes.embedLookup(slug, props.locale),
    title: t("country.title", { country: props.name }),
  };
  return Response.json(oembed(new URL(e.path, site).href, e, t("site.name")));
};
