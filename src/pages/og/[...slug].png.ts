/** The share card of every page, drawn at build time: /og/index.png, /og/countries/kyrgyzstan.png, … */
import type { APIRoute, GetStaticPaths } from "astro";
import { join } from "node:path";
import { getCards } from "../../components/Share/cards";
import { useTranslations } from "../../i18n";
import { localeOfPath } from "../../lib/locales";
import { drawingVersions, loadCardFonts, renderCard, type CardFont } from "../../lib/build/og-render";
import type { Card } from "../../lib/og";

export const getStaticPaths = (async () => {
  const cards = await getCards();
  return [...cards].map(([slug, card]) => ({ params: { slug }, props: { card } }));
}) satisfies GetStaticPaths;

let fonts: Promise<CardFont[]> | undefined;
let versions: Promise<string> | undefined;

export const GET: APIRoute<{ card: Card }> = async ({ params, props, site }) => {
  // The card's edition from its slug ("ru/countries/kyrgyzstan"), for the site's name in its words.
  const t = useTranslations(localeOfPath(`/${params.slug ?? ""}/`));
  const { png } = await renderCard(props.card, {
    siteName: t("site.name"),
    host: site?.host ?? "",
    // Cards already drawn with the same inputs are read back from here (the folder is git-ignored);
    // OG_CACHE=0 draws every card afresh.
    cacheDir: process.env["OG_CACHE"] === "0" ? null : join(process.cwd(), ".cache", "og"),
    versions: await (versions ??= drawingVersions()),
    fonts: () => (fonts ??= loadCardFonts()),
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
