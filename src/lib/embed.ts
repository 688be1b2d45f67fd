/**
 * Embeds: the pages under /embed/ that other sites put in an <iframe>, the snippet they paste, the oEmbed answer
 * that describes it, and the message an embed sends its host page with its height (public/embed.js listens).
 */
import * as routes from "./routes";
import { SITE_NAME } from "./site";
import type { Locale } from "./locales";
import type { Translator } from "./translate";

/** The `type` of the message an embed posts to its host page whenever its height changes. */
export const HEIGHT_MESSAGE = "icc-explainer:embed-height";

/** What can be embedded: the full page it stands for, its embed's address and a sensible first height. */
export interface Embeddable {
  /** The embed's path, e.g. "/embed/lookup/kyrgyzstan/". */
  path: string;
  /** The iframe's title, which names it for screen readers: "Kyrgyzstan and the ICC". */
  title: string;
  /** The height in CSS pixels the iframe starts at, before the embed says its own. */
  height: number;
}

/**
 * First heights, for a host that leaves out our script: room for the lookup's form and an answer (about 270 px, then
 * 600 more), a country's answer on a wide column (620–920 px from 1280 to 375 px), and the map with its key (1,750 px
 * at 1280, 2,050 at 375); taller content scrolls inside the iframe.
 */
export const EMBED_HEIGHT = { lookup: 760, country: 760, map: 1800 } as const;

/** The edition an embed is in: its translator and locale (the English when left out). */
export interface EmbedEdition {
  t: Translator;
  locale: Locale;
}

/** The embed of the lookup, of one country's answer (by its page slug), or of the travel map, in an edition. */
export function embedFor(kind: "lookup" | "map", edition?: EmbedEdition): Embeddable;
export function embedFor(kind: "country", slug: string, name: string, edition?: EmbedEdition): Embeddable;
export function embedFor(
  kind: "lookup" | "map" | "country",
  slugOrEdition?: string | EmbedEdition,
  name = "",
  edition?: EmbedEdition,
): Embeddable {
  const own = typeof slugOrEdition === "string" ? edition : slugOrEdition;
  const slug = typeof slugOrEdition === "string" ? slugOrEdition : "";
  const locale = own?.locale;
  if (kind === "map")
    return {
      path: routes.embedMap(locale),
      title: own ? own.t("map.title") : "Where Putin has travelled since the ICC warrant",
      height: EMBED_HEIGHT.map,
    };
  if (kind === "lookup")
    return {
      path: routes.embedLookup(undefined, locale),
      title: own ? own.t("embed.lookup.title") : "Is it an ICC State Party? Country lookup",
      height: EMBED_HEIGHT.lookup,
    };
  return {
    path: routes.embedLookup(slug, locale),
    title: own ? own.t("country.title", { country: name }) : `${name} and the ICC`,
    height: EMBED_HEIGHT.country,
  };
}

/** Escapes text for an HTML attribute value in double quotes. */
const attr = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * The markup a host pastes: the iframe (titled, lazy, full width, a first height) and, unless `script` is false, our
 * resize script, which lets the iframe follow the embed's height. `src` is absolute; `origin` is the site's.
 */
export function embedSnippet(src: string, e: Pick<Embeddable, "title" | "height">, script = true): string {
  const origin = new URL(src).origin;
  const iframe = `<iframe src="${attr(src)}" title="${attr(e.title)}" width="100%" height="${String(e.height)}" loading="lazy" style="border:0;width:100%"></iframe>`;
  return script ? `${iframe}\n<script async src="${attr(`${origin}/embed.js`)}"></script>` : iframe;
}

/** The oEmbed 1.0 answer (type "rich") for an embed at the absolute address `src`; `provider` is the site's name in the embed's edition. */
export function oembed(src: string, e: Pick<Embeddable, "title" | "height">, provider: string = SITE_NAME) {
  const origin = new URL(src).origin;
  return {
    version: "1.0",
    type: "rich",
    title: e.title,
    provider_name: provider,
    provider_url: `${origin}/`,
    html: embedSnippet(src, e),
    width: 640,
    height: e.height,
  } as const;
}

/** The oEmbed file of an embed: /embed/map/ → /embed/map/oembed.json. */
export const oembedPath = (embedPath: string): string => `${embedPath}oembed.json`;

/**
 * Adds target="_blank" to every link in `html` that leaves the embed's page (any href but a #fragment) and has no
 * target: inside another site's page, a link must open the full site in a new tab, never inside the iframe (where our
 * other pages refuse to be framed).
 */
export function linksInNewTab(html: string): string {
  return html.replace(/<a\b(?![^>]*\starget=)(?=[^>]*\shref="(?!#)[^"]*")/g, '<a target="_blank"');
}
